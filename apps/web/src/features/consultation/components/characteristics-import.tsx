import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { ImportProblemsTable } from '../../../components/spreadsheet-import/import-problems-table';
import { FileField } from '../../../components/spreadsheet-import/file-field';
import { fileProblem, rejectionHeading, templateHref, type ImportProblem } from '../../../components/spreadsheet-import/import-sheet';
import { TextField } from '../../../components/text-field';
import { newCommandId } from '../../../lib/command-id';
import type { ConsultationPlan } from '../api/consultation.queries';
import { characteristicHeadings, characteristicTemplate, readCharacteristicSheet } from './characteristics-sheet';
import { ServerFailure } from './form-parts';
import { useCommand } from '../../../lib/use-command';
import { RecordProtectedCharacteristicsDocument, afterConsultationChange } from '../api/consultation.commands';
import { SubmitButton } from '../../../components/submit-button';
import { SuccessNotice } from '../../../components/notice';

const FILE = 'traits-file';

// The council's equality data for the affected people, one characteristic a row, by post reference
// only. The sheet is read here and checked against the plan; the API gets the entries, all or none.
export function CharacteristicsImport({ plan }: { plan: ConsultationPlan }) {
  const record = useCommand(RecordProtectedCharacteristicsDocument, afterConsultationChange);
  const input = useRef<HTMLInputElement>(null);
  const [inputKey, setInputKey] = useState(0);
  const [reason, setReason] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [rejected, setRejected] = useState<ImportProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const file = input.current?.files?.[0] ?? null;
    setDone(null);
    setRejected([]);
    record.reset();
    const problem = fileProblem(file, 'csv');
    setFileError(problem);
    if (problem || !file) return;
    const { entries, problems } = readCharacteristicSheet(await file.text(), plan.individuals);
    if (problems.length) {
      setRejected(problems);
      return;
    }
    const people = new Set(entries.map((e) => e.postId)).size;
    record.mutate(
      { planId: plan.planId, entries, commandId: newCommandId(), reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          setDone(
            `Recorded ${entries.length} ${entries.length === 1 ? 'characteristic' : 'characteristics'} for ${people} ${people === 1 ? 'person' : 'people'} from ${file.name}.`,
          );
          setInputKey((k) => k + 1);
          setReason('');
        },
      },
    );
  }

  return (
    <>
      <p>
        One row per person and characteristic, with the post reference (never a name), the characteristic and the group as the council records it.{' '}
        <a href={templateHref(characteristicTemplate)} download="protected-characteristics.csv">
          Download a template (CSV)
        </a>
      </p>
      <ErrorSummary problems={fileError ? [{ fieldId: FILE, message: fileError }] : []} />
      {rejected.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby="traits-rejected-title">
          <h3 id="traits-rejected-title" className="error-summary__title">
            {rejectionHeading(rejected)}
          </h3>
          <p>Fix these in the sheet and upload it again.</p>
          <ImportProblemsTable problems={rejected} headings={characteristicHeadings} />
        </div>
      )}
      <ServerFailure error={record.error} />
      <SuccessNotice message={done} />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <FileField id={FILE} label="CSV file" hint="A .csv file, at most 7 MB." accept=".csv" error={fileError} inputRef={input} resetKey={inputKey} />
        <TextField
          id="traits-reason"
          label="Where the data comes from (optional)"
          hint="Kept in the decision history, such as HR system extract, January 2027"
          value={reason}
          onChange={setReason}
        />
        <SubmitButton status={record.isPending ? 'Uploading…' : ''}>Upload the characteristics</SubmitButton>
      </Form>
    </>
  );
}

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import type { UseMutationResult } from '@tanstack/react-query';
import { ErrorSummary, type FieldProblem } from '../error-summary';
import { TextAreaField } from '../text-area-field';
import { newCommandId } from '../../lib/command-id';
import {
  acceptedFileTypes,
  fileProblem,
  importProblemsOf,
  importSummary,
  readFileAsBase64,
  rejectionHeading,
  templateHref,
  type ImportResult,
} from './import-sheet';
import { FileField } from './file-field';
import { ImportProblemsTable } from './import-problems-table';
import { SubmitButton } from '../submit-button';

const ids = { file: 'import-file', reason: 'import-reason' } as const;

export type SheetUpload = { fileName: string; contentBase64: string; reason: string; commandId: string };

// One import form for every register (the template's headings are the columns'): an import is all-or-nothing, and a rejection lists every
// problem by row and column so the whole sheet can be fixed in one go.
export function SpreadsheetImport<V>(props: {
  mutation: UseMutationResult<ImportResult, Error, V>;
  variables: (upload: SheetUpload) => V;
  intro: ReactNode;
  templateFileName: string;
  columnHeadings: Readonly<Record<string, string>>;
  reasonHint: string;
  submitLabel: string;
}) {
  const mutation = props.mutation;
  const fileInput = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ file?: string; reason?: string }>({});
  const [fileInputKey, setFileInputKey] = useState(0);
  const [reading, setReading] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending || reading) return;
    const file = fileInput.current?.files?.[0] ?? null;
    const found = { file: fileProblem(file) ?? undefined, reason: reason.trim() ? undefined : 'Enter why you are importing this sheet' };
    setErrors(found);
    mutation.reset();
    if (found.file || found.reason || !file) return;
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      setErrors({ file: 'The selected file could not be read. Try saving it again' });
      return;
    } finally {
      setReading(false);
    }
    mutation.mutate(props.variables({ fileName: file.name, contentBase64, reason: reason.trim(), commandId: newCommandId() }), {
      onSuccess: () => {
        // A fresh file input, so the next import starts from a choice, not the last file.
        setFileInputKey((k) => k + 1);
        setReason('');
      },
    });
  }

  const problems: FieldProblem[] = [
    ...(errors.file ? [{ fieldId: ids.file, message: errors.file }] : []),
    ...(errors.reason ? [{ fieldId: ids.reason, message: errors.reason }] : []),
  ];

  return (
    <section aria-labelledby="import-heading" className="section">
      <h2 id="import-heading">Import from spreadsheet</h2>
      {props.intro}
      <p>
        <a href={templateHref(Object.values(props.columnHeadings))} download={props.templateFileName}>
          Download a template (CSV)
        </a>{' '}
        <span className="hint">with the expected column headings.</span>
      </p>
      <ErrorSummary problems={problems} />
      {mutation.isError && <ImportRejection error={mutation.error} headings={props.columnHeadings} />}
      {mutation.isSuccess && (
        <div className="notice notice--success" role="status">
          <p>{importSummary(mutation.data)}</p>
        </div>
      )}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form" aria-labelledby="import-heading">
        <FileField
          id={ids.file}
          name="file"
          label="Spreadsheet file"
          hint="An .xlsx or .csv file, at most 7 MB."
          accept={acceptedFileTypes.join(',')}
          error={errors.file}
          inputRef={fileInput}
          resetKey={fileInputKey}
        />
        <TextAreaField
          id={ids.reason}
          label="Reason for the import"
          hint={props.reasonHint}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          isRequired
        />
        <SubmitButton status={reading || mutation.isPending ? 'Importing…' : ''}>{props.submitLabel}</SubmitButton>
      </Form>
    </section>
  );
}

function ImportRejection({ error, headings }: { error: Error; headings: Readonly<Record<string, string>> }) {
  const ref = useRef<HTMLDivElement>(null);
  const problems = importProblemsOf(error);
  useEffect(() => ref.current?.focus(), [error]);
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="import-rejected-title">
      <h3 id="import-rejected-title" className="error-summary__title">
        {problems.length > 0 ? rejectionHeading(problems) : 'The sheet was not imported'}
      </h3>
      {problems.length > 0 ? (
        <>
          <p>Fix these in the spreadsheet and import it again.</p>
          <ImportProblemsTable problems={problems} headings={headings} />
        </>
      ) : (
        <p>{error.message}</p>
      )}
    </div>
  );
}

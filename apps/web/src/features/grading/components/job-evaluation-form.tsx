import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import type { JobEvaluationScheme } from '../../../gql/graphql';
import { newCommandId } from '../../../lib/command-id';
import { emptyDateParts, readDateParts } from '../../../lib/civil-date';
import { DateInput } from '../../../components/date-input';
import type { PostGrading } from '../api/grading.queries';
import { schemes } from './grading-labels';
import { useCommand } from '../../../lib/use-command';
import { RecordJobEvaluationDocument, afterGrading } from '../api/grading.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ChangeFailureNotice } from '../../../components/notice';

// The panel's result for the latest approved JD; HR then approves it in the portal.
export function JobEvaluationForm({
  programmeId,
  post,
  grades,
  onRecorded,
}: {
  programmeId: string;
  post: PostGrading;
  grades: readonly string[];
  onRecorded: (text: string) => void;
}) {
  const record = useCommand(RecordJobEvaluationDocument, afterGrading);
  const [commandId, setCommandId] = useState(newCommandId);
  const [scheme, setScheme] = useState<string>('NJC_JES');
  const [score, setScore] = useState('');
  const [panel, setPanel] = useState(emptyDateParts);
  const [moderated, setModerated] = useState(false);
  const [grade, setGrade] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const errorOf = (id: string) => problems.find((p) => p.fieldId === id)?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const found: FieldProblem[] = [];
    if (!/^\d{1,5}$/.test(score.trim())) found.push({ fieldId: 'je-score', message: 'Enter the score as a whole number, such as 420' });
    const date = readDateParts(panel, 'the panel date');
    if (!date.ok) found.push({ fieldId: 'je-panel', message: date.error });
    if (!grade) found.push({ fieldId: 'je-grade', message: 'Choose the resulting grade' });
    setProblems(found);
    if (found.length || !date.ok) return;
    record
      .mutateAsync({
        programmeId,
        designPostId: post.designPostId,
        scheme: scheme as JobEvaluationScheme,
        score: Number(score.trim()),
        panelDate: date.value,
        moderated,
        resultingGrade: grade,
        commandId,
      })
      .then(
        () => {
          setCommandId(newCommandId());
          onRecorded(`Job evaluation for ${post.title} recorded: ${grade}.`);
        },
        () => undefined,
      );
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      <ChangeFailureNotice error={record.error} stale="The evaluation changed meanwhile: reload the page." />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField id="je-scheme" label="Scheme" options={schemes} value={scheme} onChange={setScheme} />
        <TextField id="je-score" label="Score" width="narrow" inputMode="numeric" value={score} onChange={setScore} error={errorOf('je-score')} />
        <DateInput id="je-panel" legend="Panel date" value={panel} onChange={setPanel} error={errorOf('je-panel')} />
        <CheckboxField label="Moderated" hint="The result has been through the moderation panel." isSelected={moderated} onChange={setModerated} />
        <SelectField
          id="je-grade"
          label="Resulting grade"
          hint="From the council's structure in force on the panel date."
          options={grades.map((g) => ({ id: g, label: g }))}
          value={grade}
          onChange={setGrade}
          placeholder="Choose a grade"
          error={errorOf('je-grade')}
        />
        <SubmitButton status={record.isPending ? 'Recording…' : ''}>Record the evaluation</SubmitButton>
      </Form>
    </>
  );
}

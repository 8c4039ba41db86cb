import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { formatCivilDate } from '../../../lib/format';
import { newCommandId } from '../../../lib/command-id';
import { emptyDateParts, readDateParts } from '../../../lib/civil-date';
import { DateInput } from '../../../components/date-input';
import { gradeLinesOf, parseGradeLines, type GradeBand } from './grading-labels';
import { useCommand } from '../../../lib/use-command';
import { SetGradeStructureDocument, afterGrading } from '../api/grading.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ChangeFailureNotice } from '../../../components/notice';

type Structure = { effectiveFrom: string; grades: readonly GradeBand[] };

// Every version of the council's structure, newest first: grade → SCP range.
export function GradeStructureTables({ structures }: { structures: readonly Structure[] }) {
  if (structures.length === 0) return <p className="empty-state">The council's grade structure has not been entered yet.</p>;
  return (
    <>
      {[...structures].reverse().map((s) => (
        <div className="table-scroll" key={s.effectiveFrom}>
          <table className="table">
            <caption className="table__caption">Grades from {formatCivilDate(s.effectiveFrom)}</caption>
            <thead>
              <tr>
                <th scope="col">Grade</th>
                <th scope="col" className="table__cell--numeric">
                  Lowest SCP
                </th>
                <th scope="col" className="table__cell--numeric">
                  Highest SCP
                </th>
              </tr>
            </thead>
            <tbody>
              {s.grades.map((g) => (
                <tr key={g.grade}>
                  <th scope="row">{g.grade}</th>
                  <td className="table__cell--numeric">{g.minScp}</td>
                  <td className="table__cell--numeric">{g.maxScp}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

// A new version of the structure from a date; the latest one is the starting text.
export function GradeStructureForm({ authorityId, latest, onSaved }: { authorityId: string; latest?: Structure; onSaved: (text: string) => void }) {
  const save = useCommand(SetGradeStructureDocument, afterGrading);
  const [commandId, setCommandId] = useState(newCommandId);
  const [from, setFrom] = useState(emptyDateParts);
  const [lines, setLines] = useState(latest ? gradeLinesOf(latest.grades) : '');
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const date = readDateParts(from, 'the date the structure takes effect');
    const grades = parseGradeLines(lines);
    const found = [
      ...(date.ok ? [] : [{ fieldId: 'structure-from', message: date.error }]),
      ...(grades.ok ? [] : [{ fieldId: 'structure-grades', message: grades.error }]),
    ];
    setProblems(found);
    if (!date.ok || !grades.ok) return;
    save.mutateAsync({ authorityId, effectiveFrom: date.value, grades: grades.grades, commandId }).then(
      () => {
        setCommandId(newCommandId());
        onSaved(`Grade structure from ${formatCivilDate(date.value)} saved.`);
      },
      () => undefined,
    );
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      <ChangeFailureNotice error={save.error} stale="The structure changed meanwhile: reload the page." />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <DateInput
          id="structure-from"
          legend="Takes effect from"
          value={from}
          onChange={setFrom}
          error={problems.find((p) => p.fieldId === 'structure-from')?.message}
        />
        <TextAreaField
          id="structure-grades"
          label="Grades"
          hint="One grade a line, lowest first: its name, lowest SCP and highest SCP, such as Grade 9, 25, 29"
          rows={8}
          value={lines}
          onChange={setLines}
          error={problems.find((p) => p.fieldId === 'structure-grades')?.message}
        />
        <SubmitButton status={save.isPending ? 'Saving…' : ''}>Save the grade structure</SubmitButton>
      </Form>
    </>
  );
}

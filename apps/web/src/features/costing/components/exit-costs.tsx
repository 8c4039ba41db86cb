import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { formatCivilDate, humanise } from '../../../lib/format';
import { newCommandId } from '../../../lib/command-id';
import { formatPence } from '../../../lib/units';
import { emptyDateParts, readDateParts } from '../../../lib/civil-date';
import { DateInput } from '../../../components/date-input';
import { parsePounds } from '../../../lib/pounds';
import type { ExitCost } from '../api/costing.queries';
import { useCommand } from '../../../lib/use-command';
import { RecordExitCostInputsDocument, afterCostingChange } from '../api/costing.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ChangeFailureNotice } from '../../../components/notice';

export function ExitCostsTable({ rows }: { rows: readonly ExitCost[] }) {
  if (rows.length === 0) return <p className="empty-state">No postholder has been put at risk in the transition, so there are no exit costs.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption">Exit costs of the posts put at risk</caption>
        <thead>
          <tr>
            <th scope="col">Post</th>
            <th scope="col">Outcome</th>
            <th scope="col">Facts recorded</th>
            <th scope="col" className="table__cell--numeric">
              Statutory redundancy pay
            </th>
            <th scope="col">LGPS strain cost</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.postId}>
              <th scope="row">
                {r.reference} {r.title}
              </th>
              <td>{humanise(r.outcome)}</td>
              <td>
                {r.inputs
                  ? `Aged ${r.inputs.age}, ${r.inputs.completeYearsService} years' service, ${formatPence(r.inputs.weeklyPayPence)} a week, dismissal ${formatCivilDate(r.inputs.dismissalDate)}`
                  : 'Not yet recorded'}
              </td>
              <td className="table__cell--numeric">
                {r.statutoryRedundancyPay ? (
                  <>
                    {formatPence(r.statutoryRedundancyPay.pence)}
                    <br />
                    <span className="hint">
                      {r.statutoryRedundancyPay.reason} Cap table {r.statutoryRedundancyPay.capTableId}.
                    </span>
                  </>
                ) : (
                  '–'
                )}
              </td>
              <td>
                {r.lgpsStrain ? (
                  <>
                    {r.lgpsStrain.applies && <strong className="tag">55+ strain cost</strong>} {r.lgpsStrain.note}
                  </>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const wholeIn = (text: string, min: number, max: number) => /^\d{1,3}$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

// The personal facts exit costs need, which the establishment does not hold.
export function ExitCostForm({ programmeId, rows, onSaved }: { programmeId: string; rows: readonly ExitCost[]; onSaved: (text: string) => void }) {
  const save = useCommand(RecordExitCostInputsDocument, afterCostingChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [postId, setPostId] = useState('');
  const [age, setAge] = useState('');
  const [service, setService] = useState('');
  const [weekly, setWeekly] = useState('');
  const [member, setMember] = useState(true);
  const [membership, setMembership] = useState('');
  const [strain, setStrain] = useState('');
  const [dismissal, setDismissal] = useState(emptyDateParts);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const errorOf = (id: string) => problems.find((p) => p.fieldId === id)?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const found: FieldProblem[] = [];
    if (!postId) found.push({ fieldId: 'exit-post', message: 'Choose the post' });
    if (!wholeIn(age, 14, 120)) found.push({ fieldId: 'exit-age', message: 'Enter the age in whole years, from 14 to 120' });
    if (!wholeIn(service, 0, 106)) found.push({ fieldId: 'exit-service', message: 'Enter the complete years of service as a whole number' });
    const pay = parsePounds(weekly, { label: "The week's pay", example: '650.00' });
    if (!pay.ok) found.push({ fieldId: 'exit-weekly', message: pay.error });
    if (membership.trim() && !wholeIn(membership, 0, 120))
      found.push({ fieldId: 'exit-membership', message: 'Enter the complete years of LGPS membership as a whole number' });
    const estimate = strain.trim() ? parsePounds(strain, { label: "The fund's strain cost estimate", example: '45,000.00' }) : null;
    if (estimate && !estimate.ok) found.push({ fieldId: 'exit-strain', message: estimate.error });
    const date = readDateParts(dismissal, 'the expected dismissal date');
    if (!date.ok) found.push({ fieldId: 'exit-dismissal', message: date.error });
    setProblems(found);
    if (found.length || !pay.ok || !date.ok) return;
    save
      .mutateAsync({
        programmeId,
        postId,
        age: Number(age),
        completeYearsService: Number(service),
        weeklyPayPence: pay.value,
        pensionMember: member,
        yearsMembership: membership.trim() ? Number(membership) : null,
        lgpsStrainEstimatePence: estimate?.ok ? estimate.value : null,
        dismissalDate: date.value,
        commandId,
      })
      .then(
        () => {
          setCommandId(newCommandId());
          onSaved('Exit-cost facts recorded.');
        },
        () => undefined,
      );
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      <ChangeFailureNotice error={save.error} stale="The facts changed meanwhile: reload the page." />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="exit-post"
          label="Post at risk"
          options={rows.map((r) => ({ id: r.postId, label: `${r.reference} ${r.title}` }))}
          value={postId}
          onChange={setPostId}
          placeholder="Choose a post"
          error={errorOf('exit-post')}
        />
        <TextField
          id="exit-age"
          label="Age on the dismissal date"
          width="narrow"
          inputMode="numeric"
          value={age}
          onChange={setAge}
          error={errorOf('exit-age')}
        />
        <TextField
          id="exit-service"
          label="Complete years of continuous service"
          width="narrow"
          inputMode="numeric"
          value={service}
          onChange={setService}
          error={errorOf('exit-service')}
        />
        <TextField
          id="exit-weekly"
          label="Actual week's pay, £"
          hint="Before the statutory cap, which is applied for the dismissal date."
          width="narrow"
          value={weekly}
          onChange={setWeekly}
          error={errorOf('exit-weekly')}
        />
        <CheckboxField label="LGPS member" isSelected={member} onChange={setMember} />
        <TextField
          id="exit-membership"
          label="Complete years of LGPS membership (optional)"
          hint="The years of service when left empty."
          width="narrow"
          inputMode="numeric"
          value={membership}
          onChange={setMembership}
          error={errorOf('exit-membership')}
        />
        <TextField
          id="exit-strain"
          label="The fund's strain cost estimate, £ (optional)"
          width="narrow"
          value={strain}
          onChange={setStrain}
          error={errorOf('exit-strain')}
        />
        <DateInput id="exit-dismissal" legend="Expected dismissal date" value={dismissal} onChange={setDismissal} error={errorOf('exit-dismissal')} />
        <SubmitButton status={save.isPending ? 'Recording…' : ''}>Record the facts</SubmitButton>
      </Form>
    </>
  );
}

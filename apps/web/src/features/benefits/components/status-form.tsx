import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import type { BenefitStatus } from '../../../gql/graphql';
import { newCommandId } from '../../../lib/command-id';
import type { Benefit } from '../api/benefits.queries';
import { statusLabels, statusOptions, statusTagClass } from './benefit-labels';
import { statusNoteProblem } from './benefit-form-values';
import { useCommand } from '../../../lib/use-command';
import { ChangeBenefitStatusDocument, afterBenefitChange } from '../api/benefits.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';

const ids = { status: 'status-new', note: 'status-note' } as const;

// Every move of a benefit's status carries a note, which the benefits log keeps.
export function StatusForm({ benefit, onChanged }: { benefit: Benefit; onChanged: (to: BenefitStatus) => void }) {
  const change = useCommand(ChangeBenefitStatusDocument, afterBenefitChange);
  const [to, setTo] = useState<BenefitStatus | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ status?: string; note?: string }>({});
  const [commandId, setCommandId] = useState(newCommandId);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const found = statusNoteProblem(benefit.status, to, note);
    setErrors(found);
    if (found.status || found.note || !to) return;
    change.mutate(
      { programmeId: benefit.programmeId, benefitId: benefit.id, status: to, note: note.trim(), commandId },
      {
        onSuccess: () => {
          setTo('');
          setNote('');
          setCommandId(newCommandId());
          onChanged(to);
        },
      },
    );
  }

  const problems = [
    ...(errors.status ? [{ fieldId: ids.status, message: errors.status }] : []),
    ...(errors.note ? [{ fieldId: ids.note, message: errors.note }] : []),
  ];
  return (
    <>
      <div className="benefits-status">
        <p>
          Now: <span className={statusTagClass[benefit.status]}>{statusLabels[benefit.status]}</span>
        </p>
        <p>{benefit.statusNote ? `Latest note: ${benefit.statusNote}` : 'No note has been given yet.'}</p>
      </div>
      <ErrorSummary problems={problems} />
      {change.isError && <ErrorNotice>{change.error.message}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form" aria-labelledby="status-heading">
        <SelectField
          id={ids.status}
          label="New status"
          placeholder="Choose a status"
          options={statusOptions.filter((o) => o.id !== benefit.status)}
          value={to}
          onChange={(s) => setTo(s as BenefitStatus)}
          error={errors.status}
        />
        <TextAreaField
          id={ids.note}
          label="Note"
          hint="Why the status changed, for the benefits log."
          value={note}
          onChange={setNote}
          error={errors.note}
          isRequired
        />
        <SubmitButton status={change.isPending ? 'Saving…' : ''}>Change status</SubmitButton>
      </Form>
    </>
  );
}

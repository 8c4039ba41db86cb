import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { TextField } from '../../../components/text-field';
import { newCommandId } from '../../../lib/command-id';
import { changeFailureOf } from '../../../lib/change-failure';
import type { ConsultationPlan, PlanDates } from '../api/consultation.queries';
import { useCommand } from '../../../lib/use-command';
import { PlanConsultationDatesDocument, afterConsultationChange } from '../api/consultation.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';

type Key = Exclude<keyof PlanDates, '__typename'>;
export const DATE_FIELDS: { key: Key; label: string }[] = [
  { key: 'staffBriefing', label: 'Staff briefing' },
  { key: 'consultationStart', label: 'Consultation start' },
  { key: 'consultationClose', label: 'Consultation close' },
  { key: 'responseToFeedback', label: 'Response to feedback' },
  { key: 'finalStructurePublished', label: 'Final structure published' },
  { key: 'selectionStart', label: 'Slotting and selection start' },
  { key: 'selectionEnd', label: 'Slotting and selection end' },
  { key: 'noticesIssued', label: 'Notices issued' },
  { key: 'appealsClose', label: 'Appeals close' },
  { key: 'firstDismissal', label: 'First dismissal takes effect' },
  { key: 'goLive', label: 'Go-live' },
  { key: 'hr1SentOn', label: 'HR1 sent' },
];

const valuesOf = (dates: PlanDates) => Object.fromEntries(DATE_FIELDS.map(({ key }) => [key, dates[key] ?? ''])) as Record<Key, string>;

// Saves every date at once, against the revision on screen; a plan that breaks a rule is saved
// as a draft and shows its warnings.
export function DatesForm({ plan }: { plan: ConsultationPlan }) {
  const save = useCommand(PlanConsultationDatesDocument, afterConsultationChange);
  const [values, setValues] = useState(() => valuesOf(plan.dates));
  const [commandId, setCommandId] = useState(newCommandId);
  const failure = changeFailureOf(save.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const dates = Object.fromEntries(DATE_FIELDS.map(({ key }) => [key, values[key].trim() || null]));
    save.mutate({ planId: plan.planId, expectedRevision: plan.revision, dates, commandId }, { onSuccess: () => setCommandId(newCommandId()) });
  }

  return (
    <>
      {failure && (
        <ErrorNotice>{failure.kind === 'stale' ? 'Someone changed this plan meanwhile: reload the page to see their change.' : failure.message}</ErrorNotice>
      )}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form form--wide consultation-dates">
        <div className="consultation-dates__grid">
          {DATE_FIELDS.map(({ key, label }) => (
            <TextField key={key} id={`date-${key}`} label={label} type="date" value={values[key]} onChange={(v) => setValues((s) => ({ ...s, [key]: v }))} />
          ))}
        </div>
        <SubmitButton status={save.isPending ? 'Saving…' : save.isSuccess ? 'Dates saved.' : ''}>Save the dates</SubmitButton>
      </Form>
    </>
  );
}

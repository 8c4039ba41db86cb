import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { newCommandId } from '../../../lib/command-id';
import type { ConsultationPlan } from '../api/consultation.queries';
import { ServerFailure } from './form-parts';
import { scopeFieldsOf, scopeOf, type ScopeProblem } from './scope-values';
import { useCommand } from '../../../lib/use-command';
import { ReviseConsultationPlanDocument, afterConsultationChange } from '../api/consultation.commands';
import { SubmitButton } from '../../../components/submit-button';

// Changes what the plan covers; the statutory figures and warnings follow from the new numbers,
// and the affected people are read again from the transition map.
export function ScopeForm({ plan }: { plan: ConsultationPlan }) {
  const revise = useCommand(ReviseConsultationPlanDocument, afterConsultationChange);
  const [fields, setFields] = useState(() => scopeFieldsOf(plan));
  const [commandId, setCommandId] = useState(newCommandId);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<ScopeProblem[]>([]);
  const set = (change: Partial<typeof fields>) => setFields((f) => ({ ...f, ...change }));
  const error = (id: string) => problems.find((p) => p.fieldId === id)?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (revise.isPending) return;
    const { scope, problems: found } = scopeOf(fields, 'scope');
    setProblems(found);
    if (!scope) return;
    revise.mutate(
      { planId: plan.planId, ...scope, commandId, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          setCommandId(newCommandId());
          setReason('');
        },
      },
    );
  }
  return (
    <>
      <ErrorSummary problems={problems} />
      <ServerFailure error={revise.error} />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField id="scope-title" label="Title" value={fields.title} onChange={(title) => set({ title })} error={error('scope-title')} />
        <TextField
          id="scope-establishment"
          label="Establishment"
          hint="The site the dismissals are proposed at, such as County Hall"
          value={fields.establishment}
          onChange={(establishment) => set({ establishment })}
          error={error('scope-establishment')}
        />
        <TextField
          id="scope-dismissals"
          label="Proposed dismissals at that establishment within 90 days"
          hint="Include any not in the transition map; the checks count the map and other plans here, and never fewer than this"
          width="narrow"
          inputMode="numeric"
          value={fields.dismissals}
          onChange={(dismissals) => set({ dismissals })}
          error={error('scope-dismissals')}
        />
        <TextField
          id="scope-unions"
          label="Recognised trade unions"
          hint="Separated by commas, such as UNISON, GMB"
          value={fields.unions}
          onChange={(unions) => set({ unions })}
        />
        <TextField id="scope-reason" label="Why the scope changes (optional)" hint="Kept in the decision history" value={reason} onChange={setReason} />
        <SubmitButton status={revise.isPending ? 'Saving…' : revise.isSuccess ? 'Scope revised.' : ''}>Revise the scope</SubmitButton>
      </Form>
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { EmptyState, Loading, Problem } from '../../components/query-status';
import { TextField } from '../../components/text-field';
import { formatCivilDate } from '../../lib/format';
import { newCommandId } from '../../lib/command-id';
import { type ProgrammeContext, ProgrammeHeader, ProgrammePage } from '../tasks';
import { consultationPlansOptions } from './api/consultation.queries';
import { useConsultationRights } from './components/can-act';
import { scopeOf, type ScopeFields, type ScopeProblem } from './components/scope-values';
import './consultation.css';
import { useCommand } from '../../lib/use-command';
import { DraftConsultationPlanDocument, afterConsultationChange } from './api/consultation.commands';
import { ChangeFailureNotice } from '../../components/notice';

export function ConsultationProgrammePage() {
  return <ProgrammePage backTo="/consultation" backLabel="Go to the consultation of all programmes" page={Plans} />;
}

function Plans({ context }: { context: ProgrammeContext }) {
  const { programme } = context;
  const plans = useQuery(consultationPlansOptions(programme.id));
  const { canPlan } = useConsultationRights();
  return (
    <>
      <ProgrammeHeader context={context} index={{ to: '/consultation', label: 'Consultation' }} current={programme.name} title="Consultation">
        Consultation plans
      </ProgrammeHeader>
      {plans.isPending && <Loading what="consultation plans" />}
      {plans.isError && <Problem error={plans.error} />}
      {plans.data && plans.data.length === 0 && <EmptyState>No consultation plan yet.</EmptyState>}
      {plans.data && plans.data.length > 0 && (
        <ul className="list list--plain consultation-plans">
          {plans.data.map((p) => (
            <li key={p.planId}>
              <Link to={`/consultation/${programme.id}/plans/${p.planId}`}>{p.title}</Link>{' '}
              <span className={`tag ${p.status === 'launched' ? 'tag--launched' : 'tag--grey'}`}>
                {p.status === 'launched' ? `Launched ${formatCivilDate(p.launchedOn!)}` : 'Draft'}
              </span>
              <p className="hint">
                {p.establishment}: {p.dismissals.counted} proposed dismissals;{' '}
                {p.figures.collectiveRequired ? `${p.figures.minimumDays}-day collective consultation` : 'individual consultation only'};{' '}
                {p.warnings.length === 0 ? 'no rule broken' : `${p.warnings.length} ${p.warnings.length === 1 ? 'rule' : 'rules'} broken`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canPlan && (
        <section aria-labelledby="draft-heading" className="section">
          <h2 id="draft-heading">Draft a plan</h2>
          <DraftForm programmeId={programme.id} />
        </section>
      )}
    </>
  );
}

function DraftForm({ programmeId }: { programmeId: string }) {
  const draft = useCommand(DraftConsultationPlanDocument, afterConsultationChange);
  const navigate = useNavigate();
  const [commandId] = useState(newCommandId);
  const [fields, setFields] = useState<ScopeFields>({ title: '', establishment: '', dismissals: '', unions: '' });
  const [problems, setProblems] = useState<ScopeProblem[]>([]);
  const set = (change: Partial<ScopeFields>) => setFields((f) => ({ ...f, ...change }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.isPending) return;
    const { scope, problems: found } = scopeOf(fields, 'plan');
    setProblems(found);
    if (!scope) return;
    draft.mutate(
      { programmeId, ...scope, commandId },
      {
        onSuccess: (plan) => navigate(`/consultation/${programmeId}/plans/${plan.planId}`),
      },
    );
  }
  const error = (id: string) => problems.find((p) => p.fieldId === id)?.message;
  return (
    <>
      <ErrorSummary problems={problems} />
      <ChangeFailureNotice error={draft.error} stale="Reload the page and try again." />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField id="plan-title" label="Title" value={fields.title} onChange={(title) => set({ title })} error={error('plan-title')} />
        <TextField
          id="plan-establishment"
          label="Establishment"
          hint="The site the dismissals are proposed at, such as County Hall"
          value={fields.establishment}
          onChange={(establishment) => set({ establishment })}
          error={error('plan-establishment')}
        />
        <TextField
          id="plan-dismissals"
          label="Proposed dismissals at that establishment within 90 days"
          width="narrow"
          inputMode="numeric"
          value={fields.dismissals}
          onChange={(dismissals) => set({ dismissals })}
          error={error('plan-dismissals')}
        />
        <TextField
          id="plan-unions"
          label="Recognised trade unions"
          hint="Separated by commas, such as UNISON, GMB"
          value={fields.unions}
          onChange={(unions) => set({ unions })}
        />
        <Button type="submit">Draft the plan</Button>
      </Form>
    </>
  );
}

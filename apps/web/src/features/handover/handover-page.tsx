import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Problem } from '../../components/query-status';
import { formatCivilDate } from '../../lib/format';
import { type ProgrammeContext, ProgrammeHeader, ProgrammePage } from '../tasks';
import { recruitmentPlanOptions } from './api/handover.queries';
import { DraftPlanForm } from './components/draft-plan-form';
import { HandOverForm } from './components/hand-over-form';
import { PlanHistory, PlanTable, type Plan } from './components/plan-table';
import { SuccessNotice } from '../../components/notice';

export function HandoverPage() {
  return <ProgrammePage backTo="/handover" backLabel="Go to the handover of all programmes" page={Handover} />;
}

// Where the plan stands, in one sentence for whoever is looking.
export function PlanStanding({ plan }: { plan: Plan }) {
  const ism = plan.ism?.displayName ?? 'the interim service manager';
  const lastReturn = plan.returns[plan.returns.length - 1];
  switch (plan.status) {
    case 'NONE':
      return <p>No recruitment plan has been drafted yet.</p>;
    case 'DRAFT':
      return <p>The plan is a draft. Hand it over when it is ready.</p>;
    case 'HANDED_OVER':
      return (
        <p>
          Handed over to {ism} on {formatCivilDate(plan.handedOverOn!)}; awaiting their answer.
        </p>
      );
    case 'RETURNED':
      return (
        <div className="notice">
          <p>
            {ism} returned the plan on {formatCivilDate(lastReturn!.returnedOn)}: {lastReturn!.reasons}
          </p>
        </div>
      );
    case 'ACCEPTED':
      return plan.canRecordProgress ? (
        <p>You accepted the plan on {formatCivilDate(plan.acceptedOn!)} and own it: record its progress below.</p>
      ) : (
        <div className="notice">
          <p>
            {ism} accepted the plan on {formatCivilDate(plan.acceptedOn!)} and owns it now. The consultancy can read it but no longer change it.
          </p>
        </div>
      );
  }
}

function Handover({ context }: { context: ProgrammeContext }) {
  const { programme } = context;
  const plan = useQuery(recruitmentPlanOptions(programme.id));
  const [flash, setFlash] = useState<string | null>(null);
  return (
    <>
      <ProgrammeHeader context={context} index={{ to: '/handover', label: 'Handover' }} current={programme.name} title="Recruitment handover">
        Recruitment handover
      </ProgrammeHeader>
      <SuccessNotice message={flash} />
      {plan.isPending ? (
        <Loading what="recruitment plan" />
      ) : plan.isError ? (
        <Problem error={plan.error} />
      ) : (
        <>
          <PlanStanding plan={plan.data} />
          {!plan.data.gate.open && <p className="hint">{plan.data.gate.reason} Recruitment cannot start until it opens.</p>}
          {plan.data.vacancies.length > 0 && <PlanTable plan={plan.data} caption="Vacancies and their recruitment stages" />}
          {plan.data.canEdit && (
            <>
              <section aria-labelledby="draft-heading" className="section">
                <h2 id="draft-heading">{plan.data.status === 'NONE' ? 'Draft the plan' : 'Redraft the plan'}</h2>
                <DraftPlanForm key={plan.data.status} plan={plan.data} onDone={setFlash} />
              </section>
              {plan.data.status !== 'NONE' && (
                <section aria-labelledby="hand-over-heading" className="section">
                  <h2 id="hand-over-heading">Hand over</h2>
                  <HandOverForm plan={plan.data} onDone={setFlash} />
                </section>
              )}
            </>
          )}
          <PlanHistory plan={plan.data} />
        </>
      )}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { useProgrammeContext, type ProgrammeContext, ProgrammeHeader, ProgrammeNotFound } from '../tasks';
import { consultationPlanOptions, type ConsultationPlan } from './api/consultation.queries';
import { useConsultationRights } from './components/can-act';
import { DatesForm } from './components/dates-form';
import { DismissalCount } from './components/dismissal-count';
import { ElectionForm, ElectionSummary } from './components/election-form';
import { NoticeTable, ServiceForm } from './components/service-form';
import { DisclosureForm, DisclosuresChecklist } from './components/disclosures';
import { CharacteristicForm, EqiaForm } from './components/equality-forms';
import { CharacteristicsImport } from './components/characteristics-import';
import { EqualityProfile } from './components/equality-profile';
import { ExposureSummary } from './components/exposure-summary';
import { IndividualMeetingForm, IndividualTracker } from './components/individual-tracker';
import { LaunchPanel } from './components/launch-panel';
import { AppealForm, OutcomeForm } from './components/outcome-forms';
import { PlanWarnings } from './components/plan-warnings';
import { ScopeForm } from './components/scope-form';
import { StatutoryFigures } from './components/statutory-figures';
import { TimelineChart } from './components/timeline-chart';
import { TradeUnionLog, TradeUnionLogForm } from './components/trade-union-log';
import './consultation.css';

export function ConsultationPlanPage() {
  const { programmeId = '', planId = '' } = useParams();
  const context = useProgrammeContext(programmeId);
  const plan = useQuery(consultationPlanOptions(planId));
  if (context.isPending || plan.isPending) return <Loading what="consultation plan" />;
  if (context.isError)
    return <Problem error={context.error} notFound={<ProgrammeNotFound backTo="/consultation" backLabel="Go to the consultation of all programmes" />} />;
  if (plan.isError)
    return (
      <Problem
        error={plan.error}
        notFound={<ProgrammeNotFound backTo={`/consultation/${programmeId}`} backLabel="Go to the programme’s consultation plans" />}
      />
    );
  return <Plan context={context.data} plan={plan.data} />;
}

function Plan({ context, plan }: { context: ProgrammeContext; plan: ConsultationPlan }) {
  const { canPlan, canRecord } = useConsultationRights();
  const base = `/consultation/${context.programme.id}`;
  return (
    <>
      <ProgrammeHeader
        context={context}
        index={{ to: '/consultation', label: 'Consultation' }}
        trail={[{ to: base, label: context.programme.name }]}
        current={plan.title}
        title={plan.title}
      >
        {plan.title}
      </ProgrammeHeader>
      <p>
        <span className={`tag ${plan.status === 'launched' ? 'tag--launched' : 'tag--grey'}`}>{plan.status === 'launched' ? 'Launched' : 'Draft'}</span>
      </p>
      <StatutoryFigures plan={plan} />
      <PlanWarnings warnings={plan.warnings} />
      <DismissalCount dismissals={plan.dismissals} />
      <LaunchPanel plan={plan} canLaunch={canPlan} />
      {canPlan && (
        <details className="section">
          <summary>Change the scope</summary>
          <ScopeForm plan={plan} />
        </details>
      )}

      <section aria-labelledby="timeline-heading" className="section">
        <h2 id="timeline-heading">Timeline</h2>
        <TimelineChart timeline={plan.timeline} />
        {canPlan && (
          <details className="section">
            <summary>Change the dates</summary>
            <DatesForm key={plan.revision} plan={plan} />
          </details>
        )}
      </section>

      <section aria-labelledby="disclosures-heading" className="section">
        <h2 id="disclosures-heading">Disclosures to the unions (s.188(4))</h2>
        <p>Recognised unions: {plan.recognisedUnions.length ? plan.recognisedUnions.join(', ') : 'none named'}.</p>
        {!plan.figures.collectiveRequired && (
          <p className="hint">Not required: fewer than 20 dismissals are proposed at the establishment. Record any given anyway.</p>
        )}
        {plan.recognisedUnions.length === 0 && (
          <>
            <h3>Elected employee representatives (s.188A)</h3>
            <ElectionSummary election={plan.election} />
            {canPlan && plan.individuals.length > 0 && (
              <details className="section">
                <summary>Record the election of representatives</summary>
                <ElectionForm planId={plan.planId} people={plan.individuals} />
              </details>
            )}
          </>
        )}
        <DisclosuresChecklist disclosures={plan.disclosures} />
        {canRecord && <DisclosureForm planId={plan.planId} disclosures={plan.disclosures} />}
      </section>

      <section aria-labelledby="tu-heading" className="section">
        <h2 id="tu-heading">Trade-union engagement</h2>
        <TradeUnionLog entries={plan.tradeUnionLog} />
        {canRecord && (
          <details className="section">
            <summary>Log an engagement</summary>
            <TradeUnionLogForm planId={plan.planId} unions={plan.recognisedUnions} />
          </details>
        )}
      </section>

      <section aria-labelledby="individual-heading" className="section">
        <h2 id="individual-heading">Individual consultation</h2>
        <IndividualTracker people={plan.individuals} />
        <h3>Notice (ERA 1996 s.86)</h3>
        <NoticeTable people={plan.individuals} />
        {canRecord && plan.individuals.length > 0 && (
          <details className="section">
            <summary>Record continuous service and notice</summary>
            <ServiceForm planId={plan.planId} people={plan.individuals} />
          </details>
        )}
        {canRecord && plan.individuals.length > 0 && (
          <details className="section">
            <summary>Record a meeting</summary>
            <IndividualMeetingForm planId={plan.planId} people={plan.individuals} />
          </details>
        )}
        {canRecord && plan.individuals.length > 0 && (
          <details className="section">
            <summary>Record an outcome</summary>
            <OutcomeForm planId={plan.planId} people={plan.individuals} />
          </details>
        )}
        {canRecord && plan.individuals.length > 0 && (
          <details className="section">
            <summary>Record an appeal</summary>
            <AppealForm planId={plan.planId} people={plan.individuals} />
          </details>
        )}
      </section>

      <section aria-labelledby="exposure-heading" className="section">
        <h2 id="exposure-heading">Protective-award exposure</h2>
        <ExposureSummary exposure={plan.exposure} />
      </section>

      <section aria-labelledby="equality-heading" className="section">
        <h2 id="equality-heading">Equality impact</h2>
        <EqualityProfile equality={plan.equality} />
        {canRecord && (
          <details className="section">
            <summary>Record the equality impact assessment</summary>
            <EqiaForm planId={plan.planId} />
          </details>
        )}
        {canRecord && plan.individuals.length > 0 && (
          <details className="section">
            <summary>Record a protected characteristic</summary>
            <CharacteristicForm planId={plan.planId} people={plan.individuals} />
          </details>
        )}
        {canRecord && plan.individuals.length > 0 && (
          <details className="section">
            <summary>Upload protected characteristics from a CSV file</summary>
            <CharacteristicsImport plan={plan} />
          </details>
        )}
      </section>
    </>
  );
}

import '../handover.css';
import type { RecruitmentPlanQuery } from '../../../gql/graphql';
import { formatCivilDate } from '../../../lib/format';
import { formatFte } from '../../../lib/units';
import { stageLabels, stageOrder } from './plan-values';

export type Plan = RecruitmentPlanQuery['recruitmentPlan'];
type Vacancy = Plan['vacancies'][number];

const statusLabels: Record<Vacancy['status'], string> = { NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', FILLED: 'Filled' };

function StageCell({ stage }: { stage: Vacancy['stages'][number] | undefined }) {
  if (!stage) return <td className="handover__none">Not planned</td>;
  return (
    <td>
      <span className="handover__target">Target {formatCivilDate(stage.targetDate)}</span>
      {stage.completedOn && <span className="handover__done">Done {formatCivilDate(stage.completedOn)}</span>}
      {stage.overdue && <span className="handover__overdue">Overdue</span>}
      {stage.replans.length > 0 && (
        <span className="handover__replans">
          Moved {stage.replans.length}×: {stage.replans[stage.replans.length - 1]!.reason}
        </span>
      )}
    </td>
  );
}

// Vacancies down, stages across (only the stages some vacancy plans), target and actual dates in each cell.
export function PlanTable({ plan, caption }: { plan: Plan; caption: string }) {
  const used = stageOrder.filter((stage) => plan.vacancies.some((v) => v.stages.some((s) => s.stage === stage)));
  // Wide plans scroll sideways; the region takes focus so keyboard users can scroll it too.
  return (
    <div className="table-scroll" role="region" aria-label={`${caption} (scrolls sideways)`} tabIndex={0}>
      <table className="table handover__table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Vacancy</th>
            <th scope="col">Status</th>
            {used.map((stage) => (
              <th key={stage} scope="col">
                {stageLabels[stage]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.vacancies.map((v) => (
            <tr key={v.vacancyId}>
              <th scope="row">
                {v.title}
                <span className="handover__meta">
                  Grade {v.grade}, {formatFte(v.fte)} FTE; recruiting manager {v.owner}
                </span>
              </th>
              <td>
                {statusLabels[v.status]}
                {v.startDate ? `, starting ${formatCivilDate(v.startDate)}` : ''}
              </td>
              {used.map((stage) => (
                <StageCell key={stage} stage={v.stages.find((s) => s.stage === stage)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PlanHistory({ plan }: { plan: Plan }) {
  if (plan.history.length === 0) return null;
  return (
    <section aria-labelledby="handover-history" className="section">
      <h2 id="handover-history">History</h2>
      <ol className="list">
        {plan.history.map((h, i) => (
          <li key={i}>
            {formatCivilDate(h.at.slice(0, 10))}, {h.by}: {h.summary}
          </li>
        ))}
      </ol>
    </section>
  );
}

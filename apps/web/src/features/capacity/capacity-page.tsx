import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { newCommandId } from '../../lib/command-id';
import { formatFteSummary } from '../../lib/units';
import { useCanEdit } from '../../lib/can-edit';
import { StageHeader, type StageContext, StagePage } from '../contracts';
import { capacityModelOptions, type CapacityModel } from './api/capacity.queries';
import { AssumptionsForm } from './components/assumptions-form';
import { capacityHeadline, capacityMeaning, roundingNote } from './components/capacity-headline';
import { CapacityTable } from './components/capacity-table';
import { useCommand } from '../../lib/use-command';
import { SetCapacityAssumptionsDocument, showsCapacityModel } from './api/capacity.commands';
import { SuccessNotice, useFlash } from '../../components/notice';

// recharts is large: only this page loads it, after the figures are on screen.
const CapacityChart = lazy(() => import('./components/capacity-chart').then((m) => ({ default: m.CapacityChart })));

export function CapacityPage() {
  return <StagePage backTo="/capacity" backLabel="Go to the capacity models of all programmes" page={Capacity} />;
}

function Capacity({ context }: { context: StageContext }) {
  const model = useQuery(capacityModelOptions(context.programme.id));
  return (
    <>
      <StageHeader context={context} index={{ to: '/capacity', label: 'Capacity' }} current={context.programme.name} title="Capacity model">
        Capacity model
      </StageHeader>
      {model.isPending ? <Loading what="capacity model" /> : model.isError ? <Problem error={model.error} /> : <CapacityFigures model={model.data} />}
    </>
  );
}

function CapacityFigures({ model }: { model: CapacityModel }) {
  const canEdit = useCanEdit();
  const set = useCommand(SetCapacityAssumptionsDocument, showsCapacityModel);
  const saved = set.isSuccess;
  // One id per save: a repeat after a lost answer is applied once; the next save gets a new one.
  const [commandId, setCommandId] = useState(newCommandId);
  // Set by the apply-template page, so the user sees it took.
  const flash = useFlash();
  const note = roundingNote(model);
  const programmeId = model.programmeId;
  return (
    <>
      <SuccessNotice message={saved ? 'Assumptions saved. The figures below use them.' : flash} />
      <section aria-labelledby="headline-heading" className="panel">
        <h2 id="headline-heading" className="panel__title">
          Finding
        </h2>
        <p className="panel__body">{capacityHeadline(model)}</p>
        <p>{capacityMeaning(model.gapFte)}</p>
        <p className="panel__small-print">
          <span className="visually-hidden">How the figures are rounded: </span>
          {model.roundingRule}
          {note ? ` ${note}` : ''}
        </p>
      </section>

      {model.tiersWithoutHours.length > 0 && (
        <div className="stage-warning" role="note">
          <span className="stage-warning__icon" aria-hidden="true">
            !
          </span>
          <p>
            <span className="visually-hidden">Warning: </span>
            {model.tiersWithoutHours.join(', ')} {model.tiersWithoutHours.length === 1 ? 'has' : 'have'} contracts but no hours assumption, so{' '}
            {model.tiersWithoutHours.length === 1 ? 'it counts' : 'they count'} as 0 hours and the demand is understated.
            {canEdit ? ' Give hours for every tier below.' : ''}
          </p>
        </div>
      )}

      <section aria-labelledby="tiers-heading">
        <h2 id="tiers-heading">Demand by tier</h2>
        <p>
          Each tier’s contracts × the hours a year each needs, ÷ {new Intl.NumberFormat('en-GB').format(model.productiveHoursPerFte)} productive hours per FTE
          {model.assumptions.isDefault ? ' (the illustrative default assumptions, until the programme sets its own)' : ''}.
        </p>
        <CapacityTable model={model} />
        <figure className="figure">
          <figcaption className="figure__caption">
            Demand by tier and the contract-management time found, in FTE, as a bar chart. The headline and the table give the same figures.
          </figcaption>
          <Suspense fallback={<p className="loading">Loading the chart…</p>}>
            <CapacityChart
              bars={[
                ...model.tiers.map((t) => ({ label: `${t.tier} demand`, fte: t.fte })),
                { label: 'All demand', fte: model.demandFte },
                { label: 'Time found in existing posts', fte: model.supplyFte },
              ]}
            />
          </Suspense>
        </figure>
        <p className="stage-small-print">
          Contract-management time found: {formatFteSummary(model.supplyFte)} across the existing posts, from the activity analysis.
        </p>
      </section>

      {canEdit && (
        <section aria-labelledby="assumptions-heading" className="section">
          <h2 id="assumptions-heading">Assumptions</h2>
          <p>
            No authoritative ratio of contracts per contract manager exists: calibrate these hours from the activity analysis and the council’s own experience.
          </p>
          <AssumptionsForm
            key={
              model.assumptions.hoursPerContract.map((h) => `${h.tier}:${h.hours}`).join('|') +
              model.productiveHoursPerFte +
              model.tiers.map((t) => t.tier).join('|')
            }
            model={model}
            isPending={set.isPending}
            failure={set.error?.message}
            onSubmit={(input) => set.mutate({ ...input, programmeId, commandId }, { onSuccess: () => setCommandId(newCommandId()) })}
          />
        </section>
      )}

      {canEdit && (
        <section aria-labelledby="templates-heading" className="section">
          <h2 id="templates-heading">Templates</h2>
          <p>A template holds a programme’s activity taxonomy, tier rules and capacity assumptions, ready for the next council.</p>
          <ul className="list list--bullet">
            <li>
              <Link to={`/templates/save/${programmeId}`}>Save this programme as a template</Link>
            </li>
            <li>
              <Link to={`/templates/apply/${programmeId}`}>Apply a template to this programme</Link>
            </li>
          </ul>
        </section>
      )}
    </>
  );
}

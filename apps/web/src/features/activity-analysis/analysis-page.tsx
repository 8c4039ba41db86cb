import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { countLabel } from '../../lib/format';
import { formatFteSummary, formatPence } from '../../lib/units';
import { activityAnalysisOptions, returnCoverageOptions } from './api/analysis.queries';
import { useProgramme, type ProgrammeContext } from './api/use-programme';
import { ByActivityTable, ByServiceTable } from './components/analysis-tables';
import { servicesNotReturned } from './components/coverage';
import { HeadlinePanel } from './components/headline-panel';
import { NotReturned } from './components/not-returned';
import { DEFAULT_THRESHOLD, parseThreshold, ThresholdForm } from './components/threshold-form';
import { ProgrammeNotFound } from './programme-not-found';
import { ProgrammeLoader } from '../tasks';
import { Breadcrumbs } from '../../components/breadcrumbs';

// recharts is large: only this page loads it, after the figures are on screen.
const FteByServiceChart = lazy(() => import('./components/fte-by-service-chart').then((m) => ({ default: m.FteByServiceChart })));

export function AnalysisPage() {
  return <ProgrammeLoader page={Analysis} useProgramme={useProgramme} notFound={<ProgrammeNotFound />} />;
}

function Analysis({ context: { programme, authority } }: { context: ProgrammeContext }) {
  // The threshold lives in the address, so a view at 60% can be shared.
  const [params, setParams] = useSearchParams();
  const threshold = parseThreshold(params.get('threshold')) ?? DEFAULT_THRESHOLD;
  const analysis = useQuery({ ...activityAnalysisOptions(programme.id, threshold), placeholderData: keepPreviousData });
  const coverage = useQuery(returnCoverageOptions(authority.id, programme.id));

  return (
    <>
      <Breadcrumbs trail={[{ to: '/analysis', label: 'Activity analysis' }]} current={programme.name} />
      <PageHeading title={`Activity analysis – ${programme.name}`} caption={`${programme.name}, ${authority.name}`}>
        Activity analysis
      </PageHeading>
      {analysis.isPending ? (
        <Loading what="analysis" />
      ) : analysis.isError ? (
        <Problem error={analysis.error} />
      ) : (
        <>
          <HeadlinePanel headline={analysis.data.headline} roundingRule={analysis.data.roundingRule} />
          <ul className="list list--inline" aria-label="Activity analysis pages">
            <li>
              <Link to={`/analysis/${programme.id}/return`}>Enter a service's activity return</Link>
            </li>
            <li>
              <Link to={`/analysis/${programme.id}/activities`}>Edit the activity taxonomy</Link>
            </li>
          </ul>
          <ThresholdForm
            key={threshold}
            value={threshold}
            onChange={(t) => setParams(t === DEFAULT_THRESHOLD ? {} : { threshold: String(t) }, { replace: true })}
          />
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>Contract-management time</dt>
              <dd>
                {formatFteSummary(analysis.data.totalFte)}, costing {formatPence(analysis.data.totalCostPence)} a year
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Posts analysed</dt>
              <dd>
                {countLabel(analysis.data.postsAnalysed, 'post')}, {analysis.data.postsWithContractManagement} with some contract-management time
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Substantive posts</dt>
              <dd>
                {countLabel(analysis.data.substantivePosts, 'post')} at {analysis.data.thresholdPercent}% or more;{' '}
                {countLabel(analysis.data.fractionalPosts, 'post')} with less
              </dd>
            </div>
          </dl>

          {coverage.isPending ? (
            <Loading what="returns" />
          ) : coverage.isError ? (
            <Problem error={coverage.error} />
          ) : (
            <NotReturned programmeId={programme.id} services={servicesNotReturned(authority.services, coverage.data.posts, coverage.data.activityShares)} />
          )}

          <section aria-labelledby="by-service-heading">
            <h2 id="by-service-heading">By service</h2>
            <ByServiceTable analysis={analysis.data} />
            {analysis.data.byService.length > 0 && (
              <figure className="figure">
                <figcaption className="figure__caption">Contract-management FTE by service, as a bar chart. The table above gives the same figures.</figcaption>
                <Suspense fallback={<p className="loading">Loading the chart…</p>}>
                  <FteByServiceChart lines={analysis.data.byService} />
                </Suspense>
              </figure>
            )}
          </section>

          <section aria-labelledby="by-activity-heading">
            <h2 id="by-activity-heading">By activity</h2>
            <ByActivityTable analysis={analysis.data} />
          </section>
        </>
      )}
    </>
  );
}

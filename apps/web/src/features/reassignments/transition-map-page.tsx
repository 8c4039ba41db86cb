import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { SelectField } from '../../components/select-field';
import { countLabel } from '../../lib/format';
import { formatFte, sumIntegers } from '../../lib/units';
import { type ProgrammeContext, ProgrammeHeader, ProgrammePage } from '../tasks';
import { useTransitionMap } from './api/use-transition-map';
import { AsIsTable, asIsLine, ToBeTable } from './components/transition-tables';

const shows = [
  { id: 'decided', label: 'Posts with a decision' },
  { id: 'undecided', label: 'Posts with no decision yet' },
  { id: 'all', label: 'All posts' },
];

export function TransitionMapPage() {
  return <ProgrammePage backTo="/people" backLabel="Go to the transition maps of all programmes" page={TransitionMap} />;
}

function TransitionMap({ context }: { context: ProgrammeContext }) {
  const { programme, authority } = context;
  const [params, setParams] = useSearchParams();
  const show = shows.some((s) => s.id === params.get('show')) ? params.get('show')! : 'decided';
  const map = useTransitionMap(programme.id, authority.id);
  const lines = useMemo(() => {
    if (!map.data) return [];
    const { transitionMap, posts, titles } = map.data;
    return transitionMap.asIs
      .filter((r) => (show === 'all' ? true : show === 'decided' ? r.outcome !== 'NONE' : r.outcome === 'NONE'))
      .map((r) =>
        asIsLine(r, {
          serviceName: posts.get(r.postId)?.serviceName,
          postholderRef: posts.get(r.postId)?.postholderRef,
          toBeTitle: r.designPostId ? titles.get(r.designPostId) : undefined,
        }),
      );
  }, [map.data, show]);

  return (
    <>
      <ProgrammeHeader context={context} index={{ to: '/people', label: 'Transition map' }} current={programme.name} title="Transition map">
        Transition map
      </ProgrammeHeader>
      {map.isPending ? (
        <Loading what="transition map" />
      ) : map.isError ? (
        <Problem error={map.error} />
      ) : (
        <>
          {!map.data.transitionMap.chosenOptionId && (
            <div className="notice">
              <p>No design option has been chosen yet. Choose one in the function design to map posts into it.</p>
            </div>
          )}
          <section aria-labelledby="as-is-heading" className="section">
            <h2 id="as-is-heading">Posts as they are</h2>
            <p className="hint">Open a post to see its decisions and record the next one. Postholders are shown by their staff reference.</p>
            <div className="filters">
              <SelectField label="Show" options={shows} value={show} onChange={(id) => setParams(id === 'decided' ? {} : { show: id }, { replace: true })} />
            </div>
            <AsIsTable
              programmeId={programme.id}
              rows={lines}
              caption={`${shows.find((s) => s.id === show)!.label} (${lines.length})`}
              emptyMessage={show === 'decided' ? 'No decision has been recorded for any post yet.' : 'There are no posts to show.'}
            />
          </section>
          <section aria-labelledby="to-be-heading" className="section">
            <h2 id="to-be-heading">Posts of the new function</h2>
            <ToBeSummary rows={map.data.transitionMap.toBe} />
            <ToBeTable rows={map.data.transitionMap.toBe} />
          </section>
          <section aria-labelledby="pools-heading" className="section">
            <h2 id="pools-heading">Ring-fence pools</h2>
            {map.data.transitionMap.pools.length === 0 ? (
              <p className="empty-state">No ring-fence pool has been formed.</p>
            ) : (
              <ul className="list list--bullet">
                {map.data.transitionMap.pools.map((pool) => {
                  const refs = pool.postIds.map((id) => map.data.transitionMap.asIs.find((a) => a.postId === id)?.reference ?? 'a removed post');
                  const posts = pool.designPostIds.map((id) => map.data.titles.get(id) ?? 'a post no longer in the chosen option');
                  return (
                    <li key={pool.id}>
                      <strong>{pool.name}</strong>: {refs.join(', ')} competing for {posts.join(' and ')}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

function ToBeSummary({ rows }: { rows: readonly { unfilledFte: number }[] }) {
  const vacancies = rows.filter((r) => r.unfilledFte > 0);
  if (rows.length === 0) return null;
  return (
    <p>
      {vacancies.length === 0
        ? 'Every post of the new function is filled.'
        : `${countLabel(vacancies.length, 'post')} to recruit to: ${formatFte(sumIntegers(vacancies.map((r) => r.unfilledFte)))} FTE unfilled.`}
    </p>
  );
}

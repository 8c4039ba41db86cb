import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { formatCivilDate } from '../../lib/format';
import { useSession } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { formatFte } from '../../lib/units';
import { type ProgrammeContext, ProgrammeHeader, ProgrammePage } from '../tasks';
import { useTransitionMap } from './api/use-transition-map';
import { DecisionForm } from './components/decision-form';
import { DecisionHistory } from './components/decision-history';
import { outcomeLabel, routeLabel } from './components/reassignment-labels';
import { SuccessNotice } from '../../components/notice';

function PostNotFound({ programmeId }: { programmeId: string }) {
  usePageTitle('Post not found');
  return (
    <>
      <h1 className="page-heading__title">Post not found</h1>
      <p>We could not find that post in the transition map.</p>
      <p>
        <Link to={`/people/${programmeId}`}>Go to the transition map</Link>
      </p>
    </>
  );
}

export function AsIsPostPage() {
  return <ProgrammePage backTo="/people" backLabel="Go to the transition maps of all programmes" page={AsIsPost} />;
}

function AsIsPost({ context }: { context: ProgrammeContext }) {
  const { programme, authority } = context;
  const { postId = '' } = useParams();
  const session = useSession();
  const canDecide = session?.me.role === 'CONSULTANT' || session?.me.role === 'TENANT_ADMIN';
  const map = useTransitionMap(programme.id, authority.id);
  const [flash, setFlash] = useState<string | null>(null);
  if (map.isPending) return <Loading what="post" />;
  if (map.isError) return <Problem error={map.error} />;
  const row = map.data.transitionMap.asIs.find((r) => r.postId === postId);
  if (!row) return <PostNotFound programmeId={programme.id} />;
  const post = map.data.posts.get(row.postId);
  const title = `Post ${row.reference}`;
  const toBeTitle = row.designPostId ? map.data.titles.get(row.designPostId) : undefined;

  return (
    <>
      <ProgrammeHeader
        context={context}
        index={{ to: '/people', label: 'Transition map' }}
        trail={[{ to: `/people/${programme.id}`, label: programme.name }]}
        current={row.reference}
        title={title}
      >
        {title}
        {row.title ? `: ${row.title}` : ''}
      </ProgrammeHeader>
      <SuccessNotice message={flash} />
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Service</dt>
          <dd>{post?.serviceName ?? 'Not in the establishment'}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Postholder</dt>
          <dd>{row.vacant ? 'Vacant' : (post?.postholderRef ?? 'Not recorded')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Grade and FTE</dt>
          <dd>
            {row.grade ?? '–'}, {row.fte === null || row.fte === undefined ? '–' : `${formatFte(row.fte)} FTE`}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Outcome</dt>
          <dd>{outcomeLabel(row.outcome)}</dd>
        </div>
        {toBeTitle && (
          <div className="summary-list__row">
            <dt>Post in the new function</dt>
            <dd>
              {toBeTitle}
              {row.route ? ` (${routeLabel(row.route)})` : ''}
            </dd>
          </div>
        )}
        {row.redeployment && (
          <div className="summary-list__row">
            <dt>Redeployment</dt>
            <dd>
              {row.redeployment.toDescription}
              {row.redeployment.priorityInterview ? ', after a priority interview' : ''}
            </dd>
          </div>
        )}
        {row.trial && (
          <div className="summary-list__row">
            <dt>Trial period</dt>
            <dd>
              {formatCivilDate(row.trial.startDate)} to {formatCivilDate(row.trial.endDate)}
              {row.trial.extendedByWrittenAgreement ? ', extended by written agreement' : ''}
            </dd>
          </div>
        )}
        {row.payProtection && (
          <div className="summary-list__row">
            <dt>Pay protection</dt>
            <dd>
              {row.payProtection.protectedGrade}, {formatCivilDate(row.payProtection.startDate)} to {formatCivilDate(row.payProtection.endDate)}
            </dd>
          </div>
        )}
      </dl>

      {canDecide && (
        <section aria-labelledby="decide-heading" className="section">
          <h2 id="decide-heading">Record the next decision</h2>
          <DecisionForm
            key={`${row.outcome}-${row.history.length}`}
            programmeId={programme.id}
            row={row}
            map={map.data.transitionMap}
            deals={map.data.fteDeals}
            onDecided={setFlash}
          />
        </section>
      )}

      <section aria-labelledby="decisions-heading" className="section">
        <h2 id="decisions-heading">Decisions so far</h2>
        <DecisionHistory row={row} designPostTitle={(id) => map.data.titles.get(id)} />
      </section>
    </>
  );
}

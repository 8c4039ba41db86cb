import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { formatCivilDate } from '../../lib/format';
import { useSession } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { formatFte } from '../../lib/units';
import { programmeWorkspaceOptions, type ProgrammeContext, ProgrammeHeader } from '../tasks';
import { fteDealOptions } from './api/deal.queries';
import { DealActionsPanel } from './components/deal-actions-panel';
import { viewerSide } from './components/deal-actions';
import { awaitingLabel } from './components/deal-labels';
import { DealNotes } from './components/deal-notes';
import { StatusTag } from './components/status-tag';
import { formatInstant } from '../../lib/format-instant';
import { NegotiationTimeline } from './components/negotiation-timeline';
import { SourcePostsTable, TermsComparison } from './components/terms-comparison';
import { termsColumns, type DealDetail } from './components/terms-columns';
import './deals.css';
import { EntityHistory } from '../audit';

type Audience = 'workspace' | 'portal';

function DealNotFound({ audience }: { audience: Audience }) {
  usePageTitle('FTE deal not found');
  return (
    <>
      <h1 className="page-heading__title">FTE deal not found</h1>
      <p>We could not find that FTE deal. It may not exist, or you may not have access to it.</p>
      <p>{audience === 'portal' ? <Link to="/portal">Go to your home page</Link> : <Link to="/deals">Go to the FTE deals of all programmes</Link>}</p>
    </>
  );
}

// One page for consultants (/deals/:programmeId/:dealId) and service directors (/portal/deals/:dealId).
function Deal({ audience }: { audience: Audience }) {
  const { dealId = '' } = useParams();
  const session = useSession();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const deal = useQuery(fteDealOptions(dealId));
  const workspace = useQuery(programmeWorkspaceOptions());
  if (deal.isPending || workspace.isPending) return <Loading what="FTE deal" />;
  if (deal.isError) return <Problem error={deal.error} notFound={<DealNotFound audience={audience} />} />;
  if (workspace.isError) return <Problem error={workspace.error} />;

  const d = deal.data;
  const programme = workspace.data.programmes.find((p) => p.id === d.programmeId);
  const authority = programme && workspace.data.authorities.find((a) => a.id === programme.authorityId);
  if (!programme || !authority || !session) return <DealNotFound audience={audience} />;
  const context: ProgrammeContext = { programme, authority };
  const title = `FTE deal with ${d.serviceName}`;
  const columns = termsColumns(d);

  return (
    <>
      {audience === 'workspace' ? (
        <ProgrammeHeader
          context={context}
          index={{ to: '/deals', label: 'FTE deals' }}
          trail={[{ to: `/deals/${programme.id}`, label: programme.name }]}
          current={d.serviceName}
          title={title}
        >
          {title}
        </ProgrammeHeader>
      ) : (
        <>
          <nav aria-label="Breadcrumb" className="breadcrumbs">
            <ol>
              <li>
                <Link to="/portal">Home</Link>
              </li>
              <li aria-current="page">{title}</li>
            </ol>
          </nav>
          <PageHeading title={title} caption={`${programme.name}, ${authority.name}`}>
            {title}
          </PageHeading>
        </>
      )}
      {flash && (
        <div className="notice notice--success" role="status">
          <p>{flash}</p>
        </div>
      )}
      <DealSummary deal={d} audience={audience} />

      <section aria-labelledby="terms-heading" className="section">
        <h2 id="terms-heading">Terms</h2>
        <TermsComparison columns={columns} />
        {columns.map((c) => 'terms' in c && <SourcePostsTable key={c.key} caption={`Source posts: ${c.heading.toLowerCase()}`} terms={c.terms} />)}
      </section>

      <DealActionsPanel deal={d} authorityId={authority.id} role={session.me.role} onReload={() => deal.refetch()} />

      <section aria-labelledby="history-heading" className="section">
        <h2 id="history-heading">Negotiation history</h2>
        <NegotiationTimeline steps={d.history} />
      </section>
      <DealNotes dealId={d.id} notes={d.notes} canAdd={viewerSide(session.me.role) !== null} />
      <EntityHistory programmeId={d.programmeId} entityId={d.id} heading="Decisions about this deal" />
    </>
  );
}

function DealSummary({ deal, audience }: { deal: DealDetail; audience: Audience }) {
  const yourSide = audience === 'portal' ? 'SERVICE' : 'PROGRAMME';
  const waiting = deal.awaiting === yourSide ? 'You' : awaitingLabel(deal.awaiting);
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>Status</dt>
        <dd>
          <StatusTag status={deal.status} />
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>Waiting for</dt>
        <dd>{waiting}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Agreed FTE</dt>
        <dd>{deal.agreedFte === null || deal.agreedFte === undefined ? 'Nothing agreed yet' : `${formatFte(deal.agreedFte)} FTE`}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Rounds</dt>
        <dd>
          {deal.rounds} {deal.rounds === 1 ? 'offer' : 'offers'} made
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>Effective</dt>
        <dd>{formatCivilDate(deal.terms.effectiveDate)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Last activity</dt>
        <dd>{formatInstant(deal.lastActivityAt)}</dd>
      </div>
    </dl>
  );
}

export function DealPage() {
  return <Deal audience="workspace" />;
}

export function PortalDealPage() {
  return <Deal audience="portal" />;
}

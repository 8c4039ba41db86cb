import { useQuery } from '@tanstack/react-query';
import { PageHeading } from '../../components/page-heading';
import { EmptyState, Loading, Problem } from '../../components/query-status';
import { useSession } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { roleLabel } from '../../lib/roles';
import { portalHomeOptions, portalReturnsOptions } from './api/portal.queries';
import { WhatAwaitsYou, type AwaitingItem } from './components/what-awaits-you';
import { ServiceDeals } from '../deals';
import { usePortalTasks } from '../tasks';
import { usePortalBudgetTasks } from './api/budget-tasks';
import { PortalHandover, portalProgrammesOptions } from '../handover';
import { PortalConsultation } from '../consultation';

function PortalHome({ authorityId }: { authorityId: string }) {
  const session = useSession();
  const authority = useQuery(portalHomeOptions(authorityId));
  const serviceId = session?.me.role === 'SERVICE_DIRECTOR' ? (session.me.serviceId ?? '') : '';
  const returns = useQuery({ ...portalReturnsOptions(authorityId, serviceId), enabled: serviceId !== '' });
  const programmes = useQuery(portalProgrammesOptions(authorityId));
  const programmeNames = new Map((programmes.data ?? []).map((p) => [p.id, p.name]));
  // A service director's returns are listed below in their own words, "update" ones included.
  const listedReturns = new Set((returns.data ?? []).map((r) => r.programmeId));
  // Everything the API's awaitingMe returns for this user: deals, returns, JDs and evaluations,
  // Design Authority decisions and conditions, the recruitment handover.
  const tasks = usePortalTasks({ programmeNames, skip: (t) => t.kind === 'activity_return' && listedReturns.has(t.programmeId) });
  // The finance partner's budget sign-off, which the API does not list.
  const budgets = usePortalBudgetTasks(session?.me.role);
  if (authority.isPending) return <Loading what="your council" />;
  if (authority.isError) return <Problem error={authority.error} />;

  const { name, services, directorates } = authority.data;
  const service = services.find((s) => s.id === session?.me.serviceId);
  const directorate = service && directorates.find((d) => d.id === service.directorateId);
  return (
    <>
      <PageHeading title={name} caption="Council portal">
        {name}
      </PageHeading>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Your role</dt>
          <dd>{session ? roleLabel(session.me.role) : ''}</dd>
        </div>
        {service && (
          <div className="summary-list__row">
            <dt>Your service</dt>
            <dd>
              {service.name}
              {directorate ? ` (${directorate.name})` : ''}
            </dd>
          </div>
        )}
      </dl>
      {returns.isError || tasks.error || budgets.error ? (
        <Problem error={(returns.error ?? tasks.error ?? budgets.error)!} />
      ) : (
        <WhatAwaitsYou
          items={[...tasks.items, ...budgets.items, ...(service ? returnItems(service.name, returns.data ?? []) : [])]}
          loading={(serviceId !== '' && returns.isPending) || tasks.loading || budgets.loading}
        />
      )}
      {serviceId !== '' && <ServiceDeals authorityId={authorityId} />}
      <PortalConsultation authorityId={authorityId} />
      <PortalHandover authorityId={authorityId} />
    </>
  );
}

function returnItems(serviceName: string, requests: readonly { programmeId: string; programmeName: string; returned: boolean }[]): AwaitingItem[] {
  return requests.map((r) => ({
    id: `activity-return-${r.programmeId}`,
    title: `${r.returned ? 'Update' : 'Return'} the activity analysis for ${serviceName}`,
    href: `/portal/activity-return/${r.programmeId}`,
    detail: requests.length > 1 ? r.programmeName : undefined,
  }));
}

export function PortalPage() {
  const session = useSession();
  usePageTitle('Council portal');
  const authorityId = session?.me.authorityId;
  if (!authorityId) {
    return (
      <>
        <h1 className="page-heading__title">Council portal</h1>
        <EmptyState>Your account is not linked to a council yet. Ask your consultancy contact to link it.</EmptyState>
      </>
    );
  }
  return <PortalHome authorityId={authorityId} />;
}

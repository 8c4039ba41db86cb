import { useQuery } from '@tanstack/react-query';
import { PageHeading } from '../../components/page-heading';
import { EmptyState, Loading, Problem } from '../../components/query-status';
import { useSession } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { roleLabel } from '../../lib/roles';
import { portalHomeOptions } from './api/portal.queries';
import { WhatAwaitsYou } from './components/what-awaits-you';

function PortalHome({ authorityId }: { authorityId: string }) {
  const session = useSession();
  const authority = useQuery(portalHomeOptions(authorityId));
  if (authority.isPending) return <Loading what="your council" />;
  if (authority.isError) return <Problem error={authority.error} />;

  const { name, services, directorates } = authority.data;
  const service = services.find((s) => s.id === session?.me.serviceId);
  const directorate = service && directorates.find((d) => d.id === service.directorateId);
  return (
    <>
      <PageHeading title={name} caption="Council portal">{name}</PageHeading>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Your role</dt>
          <dd>{session ? roleLabel(session.me.role) : ''}</dd>
        </div>
        {service && (
          <div className="summary-list__row">
            <dt>Your service</dt>
            <dd>{service.name}{directorate ? ` (${directorate.name})` : ''}</dd>
          </div>
        )}
      </dl>
      <WhatAwaitsYou items={[]} />
    </>
  );
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

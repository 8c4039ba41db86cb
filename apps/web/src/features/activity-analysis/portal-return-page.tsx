import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { EmptyState, Loading, Problem } from '../../components/query-status';
import { useSession } from '../../lib/session';
import { useProgramme } from './api/use-programme';
import { ReturnForm } from './components/return-form';
import { ProgrammeNotFound } from './programme-not-found';
import { Breadcrumbs } from '../../components/breadcrumbs';

// A service director returns their own service only; the API refuses any other.
export function PortalReturnPage() {
  const { programmeId = '' } = useParams();
  const session = useSession();
  const context = useProgramme(programmeId);
  const serviceId = session?.me.role === 'SERVICE_DIRECTOR' ? session.me.serviceId : null;

  if (!serviceId) {
    return (
      <>
        <PageHeading title="Activity return">Activity return</PageHeading>
        <EmptyState>Activity returns are made by each service's director, for their own service.</EmptyState>
        <p>
          <Link to="/portal">Go to your home page</Link>
        </p>
      </>
    );
  }
  if (context.isPending) return <Loading what="programme" />;
  if (context.isError) return <Problem error={context.error} notFound={<ProgrammeNotFound backTo="/portal" />} />;

  const { programme, authority } = context.data;
  const service = authority.services.find((s) => s.id === serviceId);
  if (!service) return <EmptyState>Your service is not part of this programme's council.</EmptyState>;
  const title = `Activity analysis for ${service.name}`;
  return (
    <>
      <Breadcrumbs trail={[{ to: '/portal', label: 'Home' }]} current="Activity analysis" />
      <PageHeading title={title} caption={`${programme.name}, ${authority.name}`}>
        {title}
      </PageHeading>
      <p className="lead">How your team's posts spend their time. The consultancy uses it to size the central contract-management function.</p>
      <ReturnForm authorityId={authority.id} programmeId={programme.id} service={service} />
    </>
  );
}

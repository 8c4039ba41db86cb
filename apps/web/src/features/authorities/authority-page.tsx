import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { usePageTitle } from '../../lib/use-page-title';
import { countLabel } from '../../lib/format';
import { authorityDetailOptions } from './api/authority.queries';
import { AuthorityProgrammesTable } from './components/authority-programmes-table';
import { AuthorityStructure } from './components/authority-structure';
import { Breadcrumbs } from '../../components/breadcrumbs';

function AuthorityNotFound() {
  usePageTitle('Authority not found');
  return (
    <>
      <h1 className="page-heading__title">Authority not found</h1>
      <p>We could not find that authority. It may not exist, or you may not have access to it.</p>
      <p>
        <Link to="/authorities">Go to all authorities</Link>
      </p>
    </>
  );
}

export function AuthorityPage() {
  const { authorityId = '' } = useParams();
  const authority = useQuery(authorityDetailOptions(authorityId));

  if (authority.isPending) return <Loading what="authority" />;
  if (authority.isError) return <Problem error={authority.error} notFound={<AuthorityNotFound />} />;

  const { name, kind, directorates, services, programmes } = authority.data;
  return (
    <>
      <Breadcrumbs trail={[{ to: '/authorities', label: 'Authorities' }]} current={name} />
      <PageHeading title={name} caption={kind}>
        {name}
      </PageHeading>
      <p className="lead">
        {countLabel(directorates.length, 'directorate')}, {countLabel(services.length, 'service')}, {countLabel(programmes.length, 'programme')}.
      </p>
      <p>
        <Link to={`/establishment/${authority.data.id}`}>View the establishment (posts) of {name}</Link>
      </p>
      <p>
        <Link to={`/policy/${authority.data.id}`}>View the policy pack of {name}</Link>
      </p>
      <section aria-labelledby="structure-heading">
        <h2 id="structure-heading">Directorates and services</h2>
        <AuthorityStructure authority={authority.data} />
      </section>
      <section aria-labelledby="programmes-heading">
        <h2 id="programmes-heading">Programmes</h2>
        <AuthorityProgrammesTable authorityName={name} programmes={programmes} />
      </section>
    </>
  );
}

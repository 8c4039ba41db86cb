import { useQuery } from '@tanstack/react-query';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { authorityListOptions } from './api/authority.queries';
import { AuthoritiesTable } from './components/authorities-table';

export function AuthoritiesPage() {
  const authorities = useQuery(authorityListOptions());
  return (
    <>
      <PageHeading title="Authorities">Authorities</PageHeading>
      <p className="lead">The councils your consultancy runs redesign programmes for.</p>
      {authorities.isPending ? (
        <Loading what="authorities" />
      ) : authorities.isError ? (
        <Problem error={authorities.error} />
      ) : (
        <AuthoritiesTable authorities={authorities.data} />
      )}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { Loading, Problem } from '../../../components/query-status';
import type { AuditHomeQuery } from '../../../gql/graphql';
import { usePageTitle } from '../../../lib/use-page-title';
import { grantedAuthoritiesOptions } from '../api/audit.queries';
import '../audit.css';
import { Breadcrumbs } from '../../../components/breadcrumbs';

export type AuditedAuthority = AuditHomeQuery['authorities'][number];

function NotGranted() {
  usePageTitle('Authority not found');
  return (
    <>
      <h1 className="page-heading__title">Authority not found</h1>
      <p>We could not find that authority. It may not exist, or you may not have been granted access to it.</p>
      <p>
        <Link to="/audit">Go to the authorities you may audit</Link>
      </p>
    </>
  );
}

// Breadcrumbs, heading and the authority for every audit page under /audit/:authorityId.
export function AuthorityFrame({ page, children }: { page: string; children: (authority: AuditedAuthority) => ReactNode }) {
  const { authorityId = '' } = useParams();
  const authorities = useQuery(grantedAuthoritiesOptions());
  if (authorities.isPending) return <Loading what="authority" />;
  if (authorities.isError) return <Problem error={authorities.error} />;
  const authority = authorities.data.find((a) => a.id === authorityId);
  if (!authority) return <NotGranted />;
  const title = `${page}: ${authority.name}`;
  return (
    <>
      <Breadcrumbs trail={[{ to: '/audit', label: 'Audit' }]} current={page} />
      <PageHeading title={title} caption={authority.name}>
        {page}
      </PageHeading>
      <nav aria-label="Audit pages" className="button-group">
        <Link to={`/audit/${authority.id}/history`}>Decision history</Link>
        <Link to={`/audit/${authority.id}/changes`}>Changes between dates</Link>
        <Link to={`/audit/${authority.id}/verify`}>Verify</Link>
      </nav>
      {children(authority)}
    </>
  );
}

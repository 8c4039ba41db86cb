import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const auditKeys = {
  all: ['audit'] as const,
  grantedAuthorities: () => [...auditKeys.all, 'granted-authorities'] as const,
};

export const AuditHomeDocument = graphql(`
  query AuditHome {
    authorities { id name kind programmes { id } }
  }
`);

export function grantedAuthoritiesOptions() {
  return queryOptions({
    queryKey: auditKeys.grantedAuthorities(),
    queryFn: async () => (await execute(AuditHomeDocument)).authorities,
  });
}

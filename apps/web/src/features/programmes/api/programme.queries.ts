import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export type ProgrammeFilters = { authorityId?: string };

export const programmeKeys = {
  all: ['programmes'] as const,
  list: (filters: ProgrammeFilters) => [...programmeKeys.all, 'list', filters] as const,
};

// Authority names come along so the table can say where each programme runs.
export const ProgrammesDocument = graphql(`
  query Programmes($authorityId: ID) {
    programmes(authorityId: $authorityId) { id authorityId name objective stage stageDecision { summary on } startedOn }
    authorities { id name }
  }
`);

export function programmeListOptions(filters: ProgrammeFilters) {
  return queryOptions({
    queryKey: programmeKeys.list(filters),
    queryFn: () => execute(ProgrammesDocument, { authorityId: filters.authorityId ?? null }),
  });
}

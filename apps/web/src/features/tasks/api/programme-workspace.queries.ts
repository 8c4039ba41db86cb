import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ProgrammeWorkspaceQuery } from '../../../gql/graphql';
import { ApiError, execute } from '../../../lib/graphql';

export const programmeWorkspaceKeys = {
  all: ['programme-workspace'] as const,
  list: () => [...programmeWorkspaceKeys.all, 'list'] as const,
};

// There is no programme(id) query: the programme, its council and the council's services come
// from the lists, which are short (and which every role that sees a programme may read).
export const ProgrammeWorkspaceDocument = graphql(`
  query ProgrammeWorkspace {
    programmes { id authorityId name stage stageDecision { summary on } startedOn }
    authorities { id name services { id name } }
  }
`);

export type WorkspaceProgramme = ProgrammeWorkspaceQuery['programmes'][number];
export type WorkspaceAuthority = ProgrammeWorkspaceQuery['authorities'][number];
export type ProgrammeContext = { programme: WorkspaceProgramme; authority: WorkspaceAuthority };

export function programmeWorkspaceOptions() {
  return queryOptions({
    queryKey: programmeWorkspaceKeys.list(),
    queryFn: () => execute(ProgrammeWorkspaceDocument),
  });
}

// The programme with its council, or NOT_FOUND as the API would answer for an id it hides.
export function useProgrammeContext(programmeId: string) {
  return useQuery({
    ...programmeWorkspaceOptions(),
    select: (data): ProgrammeContext => {
      const programme = data.programmes.find((p) => p.id === programmeId);
      const authority = programme && data.authorities.find((a) => a.id === programme.authorityId);
      if (!programme || !authority) throw new ApiError('NOT_FOUND', `There is no programme with id ${programmeId}.`);
      return { programme, authority };
    },
  });
}

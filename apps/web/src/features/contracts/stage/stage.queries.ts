import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AnalysisStageProgrammesQuery } from '../../../gql/graphql';
import { ApiError, execute } from '../../../lib/graphql';

// Every analysis-stage answer about one programme sits under stageKeys.programme(id): a change to
// contracts or tiers also moves the capacity model, so mutations invalidate the programme's keys.
export const stageKeys = {
  all: ['analysis-stage'] as const,
  programmes: () => [...stageKeys.all, 'programmes'] as const,
  programme: (programmeId: string) => [...stageKeys.all, 'programme', programmeId] as const,
};

// There is no programme(id) query: the programme, its council and the council's services come
// from the lists, which are short (and which every role that may see a programme can read).
export const AnalysisStageProgrammesDocument = graphql(`
  query AnalysisStageProgrammes {
    programmes { id authorityId name stage startedOn }
    authorities { id name services { id name } }
  }
`);

export type StageProgramme = AnalysisStageProgrammesQuery['programmes'][number];
export type StageAuthority = AnalysisStageProgrammesQuery['authorities'][number];
export type StageContext = { programme: StageProgramme; authority: StageAuthority };

export function stageProgrammesOptions() {
  return queryOptions({
    queryKey: stageKeys.programmes(),
    queryFn: () => execute(AnalysisStageProgrammesDocument),
  });
}

// The programme with its council, or NOT_FOUND as the API would answer for an id it hides.
export function useStageProgramme(programmeId: string) {
  return useQuery({
    ...stageProgrammesOptions(),
    select: (data): StageContext => {
      const programme = data.programmes.find((p) => p.id === programmeId);
      const authority = programme && data.authorities.find((a) => a.id === programme.authorityId);
      if (!programme || !authority) throw new ApiError('NOT_FOUND', `There is no programme with id ${programmeId}.`);
      return { programme, authority };
    },
  });
}

import { useQuery } from '@tanstack/react-query';
import type { AnalysisProgrammesQuery } from '../../../gql/graphql';
import { ApiError } from '../../../lib/graphql';
import { analysisProgrammesOptions } from './analysis.queries';

export type ProgrammeContext = {
  programme: AnalysisProgrammesQuery['programmes'][number];
  authority: AnalysisProgrammesQuery['authorities'][number];
};

// The programme with its council, or NOT_FOUND as the API would answer for an id it hides.
export function useProgramme(programmeId: string) {
  return useQuery({
    ...analysisProgrammesOptions(),
    select: (data): ProgrammeContext => {
      const programme = data.programmes.find((p) => p.id === programmeId);
      const authority = programme && data.authorities.find((a) => a.id === programme.authorityId);
      if (!programme || !authority) throw new ApiError('NOT_FOUND', `There is no programme with id ${programmeId}.`);
      return { programme, authority };
    },
  });
}

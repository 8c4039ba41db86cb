import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CapacityModelQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { stageKeys } from '../../contracts';

export const capacityKeys = {
  model: (programmeId: string) => [...stageKeys.programme(programmeId), 'capacity'] as const,
};

export const CapacityModelDocument = graphql(`
  query CapacityModel($programmeId: ID!) {
    capacityModel(programmeId: $programmeId) {
      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule
      tiers { tier contracts hoursPerContract hours fte }
      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }
    }
  }
`);

export type CapacityModel = CapacityModelQuery['capacityModel'];

export function capacityModelOptions(programmeId: string) {
  return queryOptions({
    queryKey: capacityKeys.model(programmeId),
    queryFn: async () => (await execute(CapacityModelDocument, { programmeId })).capacityModel,
  });
}

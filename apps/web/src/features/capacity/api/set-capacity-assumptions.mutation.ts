import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SetCapacityAssumptionsInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { capacityKeys } from './capacity.queries';

export const SetCapacityAssumptionsDocument = graphql(`
  mutation SetCapacityAssumptions($input: SetCapacityAssumptionsInput!) {
    setCapacityAssumptions(input: $input) {
      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule
      tiers { tier contracts hoursPerContract hours fte }
      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }
    }
  }
`);

export function useSetCapacityAssumptions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SetCapacityAssumptionsInput) => (await execute(SetCapacityAssumptionsDocument, { input })).setCapacityAssumptions,
    // The answer is the model under the new assumptions: show it at once, then confirm with a refetch.
    onSuccess: (model) => {
      queryClient.setQueryData(capacityKeys.model(model.programmeId), model);
      return queryClient.invalidateQueries({ queryKey: capacityKeys.model(model.programmeId) });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SetTierRulesInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateProgrammeStage } from './invalidate-stage';

export const SetTierRulesDocument = graphql(`
  mutation SetTierRules($input: SetTierRulesInput!) {
    setTierRules(input: $input) { programmeId isDefault bands { tier minAnnualValuePence riskAtLeast } }
  }
`);

// New rules re-tier every contract, which moves the capacity model too.
export function useSetTierRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SetTierRulesInput) => (await execute(SetTierRulesDocument, { input })).setTierRules,
    onSuccess: (_, input) => invalidateProgrammeStage(queryClient, String(input.programmeId)),
  });
}

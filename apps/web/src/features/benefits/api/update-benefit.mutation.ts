import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { UpdateBenefitInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { benefitKeys } from './benefits.queries';

export const UpdateBenefitDocument = graphql(`
  mutation UpdateBenefit($input: UpdateBenefitInput!) {
    updateBenefit(input: $input) { id title status }
  }
`);

export function useUpdateBenefit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateBenefitInput) => (await execute(UpdateBenefitDocument, { input })).updateBenefit,
    onSuccess: (_, input) => queryClient.invalidateQueries({ queryKey: benefitKeys.register(String(input.programmeId)), refetchType: 'all' }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ChangeBenefitStatusInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { benefitKeys } from './benefits.queries';

export const ChangeBenefitStatusDocument = graphql(`
  mutation ChangeBenefitStatus($input: ChangeBenefitStatusInput!) {
    changeBenefitStatus(input: $input) { id title status }
  }
`);

export function useChangeBenefitStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ChangeBenefitStatusInput) => (await execute(ChangeBenefitStatusDocument, { input })).changeBenefitStatus,
    onSuccess: (_, input) => queryClient.invalidateQueries({ queryKey: benefitKeys.register(String(input.programmeId)), refetchType: 'all' }),
  });
}

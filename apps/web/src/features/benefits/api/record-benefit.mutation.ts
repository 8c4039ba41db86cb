import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordBenefitInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { benefitKeys } from './benefits.queries';

export const RecordBenefitDocument = graphql(`
  mutation RecordBenefit($input: RecordBenefitInput!) {
    recordBenefit(input: $input) { id title status }
  }
`);

export function useRecordBenefit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordBenefitInput) => (await execute(RecordBenefitDocument, { input })).recordBenefit,
    onSuccess: (_, input) => queryClient.invalidateQueries({ queryKey: benefitKeys.register(String(input.programmeId)), refetchType: 'all' }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DischargeConditionInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-design-authority';

export const DischargeConditionDocument = graphql(`
  mutation DischargeCondition($input: DischargeConditionInput!) {
    dischargeCondition(input: $input) { programmeId gate { open reason } }
  }
`);

export function useDischargeCondition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DischargeConditionInput) => (await execute(DischargeConditionDocument, { input })).dischargeCondition,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}

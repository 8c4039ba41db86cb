import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordIndividualOutcomeInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateConsultation } from './invalidate-consultation';

export const RecordIndividualOutcomeDocument = graphql(`
  mutation RecordIndividualOutcome($input: RecordIndividualOutcomeInput!) {
    recordIndividualOutcome(input: $input) { planId status revision }
  }
`);

export function useRecordIndividualOutcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordIndividualOutcomeInput) => (await execute(RecordIndividualOutcomeDocument, { input })).recordIndividualOutcome,
    onSuccess: () => invalidateConsultation(queryClient),
  });
}

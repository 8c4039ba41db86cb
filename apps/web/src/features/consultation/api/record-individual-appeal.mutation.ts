import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordIndividualAppealInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateConsultation } from './invalidate-consultation';

export const RecordIndividualAppealDocument = graphql(`
  mutation RecordIndividualAppeal($input: RecordIndividualAppealInput!) {
    recordIndividualAppeal(input: $input) { planId status revision }
  }
`);

export function useRecordIndividualAppeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordIndividualAppealInput) => (await execute(RecordIndividualAppealDocument, { input })).recordIndividualAppeal,
    onSuccess: () => invalidateConsultation(queryClient),
  });
}

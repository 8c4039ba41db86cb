import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordProtectedCharacteristicsInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateConsultation } from './invalidate-consultation';

export const RecordProtectedCharacteristicsDocument = graphql(`
  mutation RecordProtectedCharacteristics($input: RecordProtectedCharacteristicsInput!) {
    recordProtectedCharacteristics(input: $input) { planId status revision }
  }
`);

export function useRecordProtectedCharacteristics() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordProtectedCharacteristicsInput) => (await execute(RecordProtectedCharacteristicsDocument, { input })).recordProtectedCharacteristics,
    onSuccess: () => invalidateConsultation(queryClient),
  });
}

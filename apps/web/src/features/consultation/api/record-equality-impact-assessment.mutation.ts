import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordEqualityImpactAssessmentInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateConsultation } from './invalidate-consultation';

export const RecordEqualityImpactAssessmentDocument = graphql(`
  mutation RecordEqualityImpactAssessment($input: RecordEqualityImpactAssessmentInput!) {
    recordEqualityImpactAssessment(input: $input) { planId status revision }
  }
`);

export function useRecordEqualityImpactAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordEqualityImpactAssessmentInput) => (await execute(RecordEqualityImpactAssessmentDocument, { input })).recordEqualityImpactAssessment,
    onSuccess: () => invalidateConsultation(queryClient),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { PlanConsultationDatesInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateConsultation } from './invalidate-consultation';

export const PlanConsultationDatesDocument = graphql(`
  mutation PlanConsultationDates($input: PlanConsultationDatesInput!) {
    planConsultationDates(input: $input) { planId status revision }
  }
`);

export function usePlanConsultationDates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PlanConsultationDatesInput) => (await execute(PlanConsultationDatesDocument, { input })).planConsultationDates,
    onSuccess: () => invalidateConsultation(queryClient),
  });
}

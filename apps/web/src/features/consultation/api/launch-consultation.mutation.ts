import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { LaunchConsultationInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateConsultation } from './invalidate-consultation';

export const LaunchConsultationDocument = graphql(`
  mutation LaunchConsultation($input: LaunchConsultationInput!) {
    launchConsultation(input: $input) { planId status revision }
  }
`);

export function useLaunchConsultation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LaunchConsultationInput) => (await execute(LaunchConsultationDocument, { input })).launchConsultation,
    onSuccess: () => invalidateConsultation(queryClient),
  });
}

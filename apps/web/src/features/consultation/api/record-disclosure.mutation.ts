import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordDisclosureInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateConsultation } from './invalidate-consultation';

export const RecordDisclosureDocument = graphql(`
  mutation RecordDisclosure($input: RecordDisclosureInput!) {
    recordDisclosure(input: $input) { planId status revision }
  }
`);

export function useRecordDisclosure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordDisclosureInput) => (await execute(RecordDisclosureDocument, { input })).recordDisclosure,
    onSuccess: () => invalidateConsultation(queryClient),
  });
}

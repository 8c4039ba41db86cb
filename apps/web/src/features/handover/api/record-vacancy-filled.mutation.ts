import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordVacancyFilledInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateHandover } from './invalidate-handover';

export const RecordVacancyFilledDocument = graphql(`
  mutation RecordVacancyFilled($input: RecordVacancyFilledInput!) {
    recordVacancyFilled(input: $input) { programmeId status }
  }
`);

export function useRecordVacancyFilled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordVacancyFilledInput) => (await execute(RecordVacancyFilledDocument, { input })).recordVacancyFilled,
    onSuccess: () => invalidateHandover(queryClient),
  });
}

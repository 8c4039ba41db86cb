import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordIndividualMeetingInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateConsultation } from './invalidate-consultation';

export const RecordIndividualMeetingDocument = graphql(`
  mutation RecordIndividualMeeting($input: RecordIndividualMeetingInput!) {
    recordIndividualMeeting(input: $input) { planId status revision }
  }
`);

export function useRecordIndividualMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordIndividualMeetingInput) => (await execute(RecordIndividualMeetingDocument, { input })).recordIndividualMeeting,
    onSuccess: () => invalidateConsultation(queryClient),
  });
}

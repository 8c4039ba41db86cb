import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordDesignAuthorityDecisionInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-design-authority';

export const RecordDesignAuthorityDecisionDocument = graphql(`
  mutation RecordDesignAuthorityDecision($input: RecordDesignAuthorityDecisionInput!) {
    recordDesignAuthorityDecision(input: $input) { programmeId gate { open reason } }
  }
`);

export function useRecordDesignAuthorityDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordDesignAuthorityDecisionInput) => (await execute(RecordDesignAuthorityDecisionDocument, { input })).recordDesignAuthorityDecision,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}

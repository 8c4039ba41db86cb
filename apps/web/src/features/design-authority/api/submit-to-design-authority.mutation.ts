import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SubmitToDesignAuthorityInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-design-authority';

export const SubmitToDesignAuthorityDocument = graphql(`
  mutation SubmitToDesignAuthority($input: SubmitToDesignAuthorityInput!) {
    submitToDesignAuthority(input: $input) { programmeId submissions { submissionId } }
  }
`);

export function useSubmitToDesignAuthority() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SubmitToDesignAuthorityInput) => (await execute(SubmitToDesignAuthorityDocument, { input })).submitToDesignAuthority,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}

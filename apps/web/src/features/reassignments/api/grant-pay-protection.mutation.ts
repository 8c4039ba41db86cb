import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { GrantPayProtectionInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-reassignments';

export const GrantPayProtectionDocument = graphql(`
  mutation GrantPayProtection($input: GrantPayProtectionInput!) {
    grantPayProtection(input: $input) { postId outcome }
  }
`);

export function useGrantPayProtection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: GrantPayProtectionInput) => (await execute(GrantPayProtectionDocument, { input })).grantPayProtection,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}

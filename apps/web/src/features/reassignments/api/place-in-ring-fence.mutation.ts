import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { PlaceInRingFenceInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-reassignments';

export const PlaceInRingFenceDocument = graphql(`
  mutation PlaceInRingFence($input: PlaceInRingFenceInput!) {
    placeInRingFence(input: $input) { id name }
  }
`);

export function usePlaceInRingFence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PlaceInRingFenceInput) => (await execute(PlaceInRingFenceDocument, { input })).placeInRingFence,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SetGradeStructureInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterGrading } from './invalidate-grading';

export const SetGradeStructureDocument = graphql(`
  mutation SetGradeStructure($input: SetGradeStructureInput!) {
    setGradeStructure(input: $input) { effectiveFrom }
  }
`);

export function useSetGradeStructure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SetGradeStructureInput) => (await execute(SetGradeStructureDocument, { input })).setGradeStructure,
    onSuccess: () => invalidateAfterGrading(queryClient),
  });
}

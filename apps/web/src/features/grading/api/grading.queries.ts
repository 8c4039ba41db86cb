import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { PostGradingQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const gradingKeys = {
  all: ['grading'] as const,
  structures: (authorityId: string) => [...gradingKeys.all, 'structures', authorityId] as const,
  posts: (programmeId: string) => [...gradingKeys.all, 'posts', programmeId] as const,
};

export const GradeStructuresDocument = graphql(`
  query GradeStructures($authorityId: ID!) {
    gradeStructures(authorityId: $authorityId) { effectiveFrom grades { grade minScp maxScp } }
  }
`);

export const PostGradingDocument = graphql(`
  query PostGrading($programmeId: ID!) {
    postGrading(programmeId: $programmeId) {
      designPostId title designGrade fte jdStatus evaluationStatus grade canBeCostedAsFinal nextStep
      jobDescription { version status purpose accountabilities essentialCriteria desirableCriteria changeNotes }
      evaluation { jdVersion scheme score panelDate moderated grade minScp maxScp gradeStructureEffectiveFrom approved }
    }
  }
`);

export type PostGrading = PostGradingQuery['postGrading'][number];

export function gradeStructuresOptions(authorityId: string) {
  return queryOptions({
    queryKey: gradingKeys.structures(authorityId),
    queryFn: async () => (await execute(GradeStructuresDocument, { authorityId })).gradeStructures,
  });
}

export function postGradingOptions(programmeId: string) {
  return queryOptions({
    queryKey: gradingKeys.posts(programmeId),
    queryFn: async () => (await execute(PostGradingDocument, { programmeId })).postGrading,
  });
}

import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const designKeys = {
  all: ['function-design'] as const,
  design: (programmeId: string) => [...designKeys.all, 'design', programmeId] as const,
  comparison: (programmeId: string) => [...designKeys.all, 'comparison', programmeId] as const,
};

export const FunctionDesignDocument = graphql(`
  query FunctionDesign($programmeId: ID!) {
    functionDesign(programmeId: $programmeId) {
      programmeId chosenOptionId chosenReason revision goLiveDate
      options {
        id name description chosen layers
        checks { rule message designPostId }
        totals { posts fte indicativeCostPence }
        orgChart { designPostId title grade fte layer reportsTo directReports }
        posts { id title grade fte reportsTo responsibilities jdReference indicativeCostPence apprenticeship holderAgeBand allowances { type pencePerYear } }
      }
    }
  }
`);

export const CompareDesignOptionsDocument = graphql(`
  query CompareDesignOptions($programmeId: ID!) {
    compareDesignOptions(programmeId: $programmeId) {
      optionId name chosen posts fte indicativeCostPence checks financialYear fullCostPence notGradedPence notGradedPosts costingProblem
    }
  }
`);

export function functionDesignOptions(programmeId: string) {
  return queryOptions({
    queryKey: designKeys.design(programmeId),
    queryFn: async () => (await execute(FunctionDesignDocument, { programmeId })).functionDesign,
  });
}

export function designComparisonOptions(programmeId: string) {
  return queryOptions({
    queryKey: designKeys.comparison(programmeId),
    queryFn: async () => (await execute(CompareDesignOptionsDocument, { programmeId })).compareDesignOptions,
  });
}

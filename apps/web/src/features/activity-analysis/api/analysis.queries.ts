import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const analysisKeys = {
  all: ['activity-analysis'] as const,
  programmes: () => [...analysisKeys.all, 'programmes'] as const,
  coverage: (programmeId: string) => [...analysisKeys.all, 'coverage', programmeId] as const,
  figures: (programmeId: string, thresholdPercent: number) => [...analysisKeys.all, 'figures', programmeId, thresholdPercent] as const,
  taxonomy: (programmeId: string) => [...analysisKeys.all, 'taxonomy', programmeId] as const,
  returnForm: (programmeId: string, serviceId: string) => [...analysisKeys.all, 'return', programmeId, serviceId] as const,
};

// There is no programme(id) query: the programme, its council and the council's services come
// from the lists, which are short.
export const AnalysisProgrammesDocument = graphql(`
  query AnalysisProgrammes {
    programmes { id authorityId name stage startedOn }
    authorities { id name services { id name } }
  }
`);

export const ReturnCoverageDocument = graphql(`
  query ReturnCoverage($authorityId: ID!, $programmeId: ID!) {
    posts(authorityId: $authorityId) { id serviceId }
    activityShares(programmeId: $programmeId) { postId serviceId }
  }
`);

export const ActivityAnalysisDocument = graphql(`
  query ActivityAnalysis($programmeId: ID!, $thresholdPercent: Int!) {
    activityAnalysis(programmeId: $programmeId, thresholdPercent: $thresholdPercent) {
      programmeId headline roundingRule thresholdPercent
      totalFte totalCostPence postsAnalysed postsWithContractManagement substantivePosts fractionalPosts
      byService { serviceId serviceName fte costPence posts substantivePosts }
      byActivity { activityId name fte costPence }
    }
  }
`);

export const ActivityTaxonomyDocument = graphql(`
  query ActivityTaxonomy($programmeId: ID!) {
    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }
  }
`);

export const ActivityReturnFormDocument = graphql(`
  query ActivityReturnForm($authorityId: ID!, $programmeId: ID!, $serviceId: ID!) {
    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte }
    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }
    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId shares { activityId percent } }
  }
`);

export function analysisProgrammesOptions() {
  return queryOptions({
    queryKey: analysisKeys.programmes(),
    queryFn: () => execute(AnalysisProgrammesDocument),
  });
}

export function returnCoverageOptions(authorityId: string, programmeId: string) {
  return queryOptions({
    queryKey: analysisKeys.coverage(programmeId),
    queryFn: () => execute(ReturnCoverageDocument, { authorityId, programmeId }),
  });
}

export function activityAnalysisOptions(programmeId: string, thresholdPercent: number) {
  return queryOptions({
    queryKey: analysisKeys.figures(programmeId, thresholdPercent),
    queryFn: async () => (await execute(ActivityAnalysisDocument, { programmeId, thresholdPercent })).activityAnalysis,
  });
}

export function activityTaxonomyOptions(programmeId: string) {
  return queryOptions({
    queryKey: analysisKeys.taxonomy(programmeId),
    queryFn: async () => (await execute(ActivityTaxonomyDocument, { programmeId })).activityTaxonomy,
  });
}

export function activityReturnFormOptions(authorityId: string, programmeId: string, serviceId: string) {
  return queryOptions({
    queryKey: analysisKeys.returnForm(programmeId, serviceId),
    queryFn: () => execute(ActivityReturnFormDocument, { authorityId, programmeId, serviceId }),
  });
}

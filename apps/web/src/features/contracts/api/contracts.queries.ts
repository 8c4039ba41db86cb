import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { TargetContractsQuery, TierRulesQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { stageKeys } from '../stage/stage.queries';

export const contractKeys = {
  register: (programmeId: string) => [...stageKeys.programme(programmeId), 'contracts'] as const,
  tierRules: (programmeId: string) => [...stageKeys.programme(programmeId), 'tier-rules'] as const,
  managerPosts: (authorityId: string) => [...stageKeys.all, 'manager-posts', authorityId] as const,
};

export const TargetContractsDocument = graphql(`
  query TargetContracts($programmeId: ID!) {
    targetContracts(programmeId: $programmeId) {
      id programmeId reference title supplier serviceId serviceName annualValuePence wholeLifeValuePence
      startDate endDate risk vfmConcern vfmNote contractManagerPostId contractManagerPostReference kpisSet exempt
      procurementStartedOn regime
      tier revision
      procurementActDuties {
        applies regime reason ruleVersion
        kpis { required minimum set met }
        performanceNotices { dueDate kind overdue }
      }
      notices { kind name source dueDate because triggerId state publishedOn reference }
      noticeTriggers { triggerId kind occurredOn description }
    }
  }
`);

export const TierRulesDocument = graphql(`
  query TierRules($programmeId: ID!) {
    tierRules(programmeId: $programmeId) {
      programmeId isDefault fromTemplateId
      bands { tier minAnnualValuePence riskAtLeast }
    }
  }
`);

// The posts a contract manager can hold: the council's establishment, for the form's choice.
export const ContractManagerPostsDocument = graphql(`
  query ContractManagerPosts($authorityId: ID!) {
    posts(authorityId: $authorityId) { id reference title serviceName }
  }
`);

export type TargetContract = TargetContractsQuery['targetContracts'][number];
export type TierRules = TierRulesQuery['tierRules'];

// The whole register comes in one answer (a council has tens or hundreds of target contracts);
// the tier and duties filters are applied on screen, so switching them is instant.
export function targetContractsOptions(programmeId: string) {
  return queryOptions({
    queryKey: contractKeys.register(programmeId),
    queryFn: async () => (await execute(TargetContractsDocument, { programmeId })).targetContracts,
  });
}

export function tierRulesOptions(programmeId: string) {
  return queryOptions({
    queryKey: contractKeys.tierRules(programmeId),
    queryFn: async () => (await execute(TierRulesDocument, { programmeId })).tierRules,
  });
}

export function contractManagerPostsOptions(authorityId: string) {
  return queryOptions({
    queryKey: contractKeys.managerPosts(authorityId),
    queryFn: async () => (await execute(ContractManagerPostsDocument, { authorityId })).posts,
  });
}

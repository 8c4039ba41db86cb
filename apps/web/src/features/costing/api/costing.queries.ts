import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ExitCostsQuery, FunctionBudgetQuery, OptionCostQuery, ScpPolicy } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const costingKeys = {
  all: ['costing'] as const,
  option: (programmeId: string, financialYear: string, policy: ScpPolicy) => [...costingKeys.all, 'option', programmeId, financialYear, policy] as const,
  budget: (programmeId: string, financialYear: string) => [...costingKeys.all, 'budget', programmeId, financialYear] as const,
  exitCosts: (programmeId: string) => [...costingKeys.all, 'exit-costs', programmeId] as const,
};

export const OptionCostDocument = graphql(`
  query OptionCost($programmeId: ID!, $financialYear: String!, $policy: ScpPolicy!) {
    optionCost(programmeId: $programmeId, financialYear: $financialYear, policy: $policy) {
      optionId optionName financialYear policy provisionalPosts tableIds
      totals { salaryPence niPence lgpsPence levyPence allowancesPence totalPence }
      posts {
        designPostId title fte grade minScp maxScp final
        salaryPence niPence lgpsPence levyPence allowancesPence totalPence
        basis { scpUsed annualPayPence payTableId niTableId levyTableId unconfirmedTableIds lgpsRate { rateBp effectiveFrom source } }
      }
    }
  }
`);

export const FunctionBudgetDocument = graphql(`
  query FunctionBudget($programmeId: ID!, $financialYear: String!) {
    functionBudget(programmeId: $programmeId, financialYear: $financialYear) {
      programmeId financialYear nonPayTotalPence totalPence annualTotalPence fundingPence gapPence neededFte agreedFte gapFte
      notGradedPence oneOffTotalPence
      partYear { goLiveDate daysInYear daysCosted }
      oneOffCosts { kind label pence date }
      pay { optionName provisionalPosts tableIds totals { totalPence } notGraded { designPostId title fte annualPence pence } }
      nonPayLines { label pencePerYear }
      signOffs { signedOn note totalPence fundingPence gapPence tableIds lgpsRateBp current }
    }
  }
`);

export const ExitCostsDocument = graphql(`
  query ExitCosts($programmeId: ID!) {
    exitCosts(programmeId: $programmeId) {
      postId reference title outcome
      inputs { age completeYearsService weeklyPayPence pensionMember yearsMembership lgpsStrainEstimatePence dismissalDate }
      statutoryRedundancyPay { pence halfWeeks yearsCounted weeklyPayUsedPence capTableId eligible reason }
      lgpsStrain { applies estimatePence note }
    }
  }
`);

export type OptionCost = OptionCostQuery['optionCost'];
export type FunctionBudget = FunctionBudgetQuery['functionBudget'];
export type ExitCost = ExitCostsQuery['exitCosts'][number];

export function optionCostOptions(programmeId: string, financialYear: string, policy: ScpPolicy) {
  return queryOptions({
    queryKey: costingKeys.option(programmeId, financialYear, policy),
    queryFn: async () => (await execute(OptionCostDocument, { programmeId, financialYear, policy })).optionCost,
  });
}

export function functionBudgetOptions(programmeId: string, financialYear: string) {
  return queryOptions({
    queryKey: costingKeys.budget(programmeId, financialYear),
    queryFn: async () => (await execute(FunctionBudgetDocument, { programmeId, financialYear })).functionBudget,
  });
}

export function exitCostsOptions(programmeId: string) {
  return queryOptions({
    queryKey: costingKeys.exitCosts(programmeId),
    queryFn: async () => (await execute(ExitCostsDocument, { programmeId })).exitCosts,
  });
}

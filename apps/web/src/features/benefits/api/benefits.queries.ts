import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { BenefitsRegisterQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { stageKeys } from '../../contracts';

export const benefitKeys = {
  register: (programmeId: string) => [...stageKeys.programme(programmeId), 'benefits'] as const,
};

export const BenefitsRegisterDocument = graphql(`
  query BenefitsRegister($programmeId: ID!) {
    benefits(programmeId: $programmeId) {
      programmeId
      benefits { id programmeId title cashable annualAmountPence owner baseline targetDate status statusNote }
      totals { cashablePence nonCashablePence byStatus { status annualAmountPence } }
    }
  }
`);

export type BenefitsRegister = BenefitsRegisterQuery['benefits'];
export type Benefit = BenefitsRegister['benefits'][number];

export function benefitsOptions(programmeId: string) {
  return queryOptions({
    queryKey: benefitKeys.register(programmeId),
    queryFn: async () => (await execute(BenefitsRegisterDocument, { programmeId })).benefits,
  });
}

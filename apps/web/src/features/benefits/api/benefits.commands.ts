import { graphql } from '../../../gql';
import { benefitKeys } from './benefits.queries';

export const ChangeBenefitStatusDocument = graphql(`
  mutation ChangeBenefitStatus($input: ChangeBenefitStatusInput!) {
    changeBenefitStatus(input: $input) { id title status }
  }
`);

export const RecordBenefitDocument = graphql(`
  mutation RecordBenefit($input: RecordBenefitInput!) {
    recordBenefit(input: $input) { id title status }
  }
`);

export const UpdateBenefitDocument = graphql(`
  mutation UpdateBenefit($input: UpdateBenefitInput!) {
    updateBenefit(input: $input) { id title status }
  }
`);

// A change moves the programme's register and its totals.
export const afterBenefitChange = {
  invalidates: (_answer: unknown, input: { programmeId: string | number }) => [benefitKeys.register(String(input.programmeId))],
};

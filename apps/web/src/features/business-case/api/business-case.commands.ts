import { graphql } from '../../../gql';
import { businessCaseKeys } from './business-case.queries';

export const SetBusinessCaseAssumptionsDocument = graphql(`
  mutation SetBusinessCaseAssumptions($input: SetBusinessCaseAssumptionsInput!) {
    setBusinessCaseAssumptions(input: $input) { programmeId assumptions { decided reason } }
  }
`);

export const afterAssumptionsChange = {
  invalidates: (_answer: unknown, input: { programmeId: string | number }) => [businessCaseKeys.programme(String(input.programmeId))],
};

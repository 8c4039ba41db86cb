import { graphql } from '../../../gql';
import { costingKeys } from './costing.queries';

export const RecordExitCostInputsDocument = graphql(`
  mutation RecordExitCostInputs($input: RecordExitCostInputsInput!) {
    recordExitCostInputs(input: $input) { postId }
  }
`);

export const SetBudgetNonPayLinesDocument = graphql(`
  mutation SetBudgetNonPayLines($input: SetBudgetNonPayLinesInput!) {
    setBudgetNonPayLines(input: $input) { programmeId nonPayTotalPence }
  }
`);

export const SignOffBudgetDocument = graphql(`
  mutation SignOffBudget($input: SignOffBudgetInput!) {
    signOffBudget(input: $input) { programmeId signOffs { signedOn current } }
  }
`);

export const afterCostingChange = { invalidates: [costingKeys.all] };

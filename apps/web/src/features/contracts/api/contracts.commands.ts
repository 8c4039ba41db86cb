import { graphql } from '../../../gql';
import { stageKeys } from '../stage/stage.queries';

export const AddTargetContractDocument = graphql(`
  mutation AddTargetContract($input: AddTargetContractInput!) {
    addTargetContract(input: $input) { id reference tier }
  }
`);

// All or nothing: a rejected sheet comes back as BAD_USER_INPUT with `details.problems`.
export const ImportTargetContractsDocument = graphql(`
  mutation ImportTargetContracts($input: ImportTargetContractsInput!) {
    importTargetContracts(input: $input) { importId fileName rowCount created updated unchanged }
  }
`);

export const RemoveTargetContractDocument = graphql(`
  mutation RemoveTargetContract($input: RemoveTargetContractInput!) {
    removeTargetContract(input: $input)
  }
`);

// New rules re-tier every contract, which moves the capacity model too.
export const SetTierRulesDocument = graphql(`
  mutation SetTierRules($input: SetTierRulesInput!) {
    setTierRules(input: $input) { programmeId isDefault bands { tier minAnnualValuePence riskAtLeast } }
  }
`);

// Sent with the register revision the person saw: CONFLICT means someone changed the register since.
export const UpdateTargetContractDocument = graphql(`
  mutation UpdateTargetContract($input: UpdateTargetContractInput!) {
    updateTargetContract(input: $input) { id reference tier revision }
  }
`);

// A fact that calls for a Procurement Act notice, and a notice published; both answer the contract.
export const RecordContractNoticeTriggerDocument = graphql(`
  mutation RecordContractNoticeTrigger($input: RecordContractNoticeTriggerInput!) {
    recordContractNoticeTrigger(input: $input) { id }
  }
`);

export const RecordContractNoticePublishedDocument = graphql(`
  mutation RecordContractNoticePublished($input: RecordContractNoticePublishedInput!) {
    recordContractNoticePublished(input: $input) { id }
  }
`);

// Contracts and tier rules feed the capacity model, so a change refreshes the programme's whole
// analysis stage.
export const afterStageChange = {
  invalidates: (_answer: unknown, input: { programmeId: string | number }) => [stageKeys.programme(String(input.programmeId))],
};

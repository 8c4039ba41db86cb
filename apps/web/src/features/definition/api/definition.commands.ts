import { graphql } from '../../../gql';
import { definitionKeys } from './definition.queries';

export const DraftContractManagementDefinitionDocument = graphql(`
  mutation DraftContractManagementDefinition($input: DraftContractManagementDefinitionInput!) {
    draftContractManagementDefinition(input: $input) {
      programmeId version text
      agreements { stakeholderName stakeholderRole }
      versions { version text agreements { stakeholderName stakeholderRole } }
    }
  }
`);

export const RecordDefinitionAgreementDocument = graphql(`
  mutation RecordDefinitionAgreement($input: RecordDefinitionAgreementInput!) {
    recordDefinitionAgreement(input: $input) {
      programmeId version text
      agreements { stakeholderName stakeholderRole }
      versions { version text agreements { stakeholderName stakeholderRole } }
    }
  }
`);

// The answer is the definition as it now stands.
export const showsDefinition = { updates: (definition: { programmeId: string }) => definitionKeys.detail(definition.programmeId) };

import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ContractManagementDefinitionQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { stageKeys } from '../../contracts';

export const definitionKeys = {
  detail: (programmeId: string) => [...stageKeys.programme(programmeId), 'definition'] as const,
};

export const ContractManagementDefinitionDocument = graphql(`
  query ContractManagementDefinition($programmeId: ID!) {
    contractManagementDefinition(programmeId: $programmeId) {
      programmeId version text
      agreements { stakeholderName stakeholderRole }
      versions { version text agreements { stakeholderName stakeholderRole } }
    }
  }
`);

export type Definition = ContractManagementDefinitionQuery['contractManagementDefinition'];

export function definitionOptions(programmeId: string) {
  return queryOptions({
    queryKey: definitionKeys.detail(programmeId),
    queryFn: async () => (await execute(ContractManagementDefinitionDocument, { programmeId })).contractManagementDefinition,
  });
}

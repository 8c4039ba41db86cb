import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { BusinessCaseQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { downloadFile } from '../../../lib/download';
import { stageKeys } from '../../contracts';

export const businessCaseKeys = {
  programme: (programmeId: string) => [...stageKeys.programme(programmeId), 'business-case'] as const,
};

export const BusinessCaseDocument = graphql(`
  query BusinessCase($programmeId: ID!) {
    businessCase(programmeId: $programmeId) {
      programmeId
      assumptions { firstYear horizonYears vacancyFactorBp increments decided reason payAwards { financialYear rateBp } }
      options {
        optionId optionName chosen paybackYear
        totals { payPence nonPayPence incrementsPence payAwardPence vacancySavingPence recurringPence oneOffPence fundingPence netPence }
        years {
          financialYear payPence nonPayPence incrementsPence payAwardPence vacancySavingPence recurringPence oneOffPence fundingPence netPence cumulativeNetPence
          payAward { kind rateBp description source }
        }
      }
    }
  }
`);

export type BusinessCase = BusinessCaseQuery['businessCase'];
export type OptionBusinessCase = BusinessCase['options'][number];

export function businessCaseOptions(programmeId: string) {
  return queryOptions({
    queryKey: businessCaseKeys.programme(programmeId),
    queryFn: async () => (await execute(BusinessCaseDocument, { programmeId })).businessCase,
  });
}

// The workbook of the figures on screen, as at the moment being viewed.
export const downloadBusinessCase = (programmeId: string) =>
  downloadFile(
    `/exports/programmes/${encodeURIComponent(programmeId)}/business-case.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'business-case.xlsx',
    { asOf: true },
  );

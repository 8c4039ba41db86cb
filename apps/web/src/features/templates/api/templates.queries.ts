import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { TemplatesQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { stageKeys } from '../../contracts';

// Templates belong to the consultancy, not to one programme.
export const templateKeys = {
  all: [...stageKeys.all, 'templates'] as const,
  list: () => [...templateKeys.all, 'list'] as const,
};

export const TemplatesDocument = graphql(`
  query Templates {
    templates {
      id name description retired
      taxonomy { key parentKey name contractManagement }
      tierBands { tier minAnnualValuePence riskAtLeast }
      capacityAssumptions { hoursPerContract { tier hours } productiveHoursPerFte }
    }
  }
`);

export type Template = TemplatesQuery['templates'][number];

export function templatesOptions() {
  return queryOptions({
    queryKey: templateKeys.list(),
    queryFn: async () => (await execute(TemplatesDocument)).templates,
  });
}

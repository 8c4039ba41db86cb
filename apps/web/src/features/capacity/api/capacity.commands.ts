import { graphql } from '../../../gql';
import { capacityKeys } from './capacity.queries';

export const SetCapacityAssumptionsDocument = graphql(`
  mutation SetCapacityAssumptions($input: SetCapacityAssumptionsInput!) {
    setCapacityAssumptions(input: $input) {
      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule
      tiers { tier contracts hoursPerContract hours fte }
      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }
    }
  }
`);

// The answer is the model under the new assumptions.
export const showsCapacityModel = { updates: (model: { programmeId: string }) => capacityKeys.model(model.programmeId) };

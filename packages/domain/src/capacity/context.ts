// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, fte, sum } from '../shared/describing';
import { capacityErrorKinds } from './errors';
import { capacityUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: capacityUpcasters,
  errorKinds: capacityErrorKinds,
  describers: {
    CapacityAssumptionsSet: (e, l) => {
      const hours = Object.values(e.data.hoursPerContractByTier as Record<string, number>);
      return `${who(e, l)} set the capacity assumptions: ${hours.length} tiers, ${sum(hours)} hours per contract in all, ${fte(1000)} = ${e.data.productiveHoursPerFte} productive hours`;
    },
  },
});

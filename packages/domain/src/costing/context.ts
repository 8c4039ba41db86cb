// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf, count, post } from '../shared/describing';
import { costingErrorKinds } from './errors';
import { costingUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: costingUpcasters,
  errorKinds: costingErrorKinds,
  describers: {
    PayTableAdded: (e, l) => `${who(e, l)} added a pay table${e.data.table?.effectiveFrom ? ` effective from ${e.data.table.effectiveFrom}` : ''}`,
    LocalPayPointsSet: (e, l) => `${who(e, l)} set the local pay points of ${nameOf(l, e.data.authorityId, 'the authority')}`,
    LgpsEmployerRateSet: (e, l) =>
      `${who(e, l)} set the LGPS employer rate to ${(e.data.rateBp / 100).toFixed(2)}% from ${e.data.effectiveFrom} (${e.data.source})`,
    // exit-cost inputs are personal: the sentence names the post only
    ExitCostInputsRecorded: (e, l) => `${who(e, l)} recorded exit-cost inputs for ${post(l, e.data.postId)}`,
    BudgetNonPayLinesSet: (e, l) => `${who(e, l)} set ${count(e.data.lines.length, 'non-pay budget line')} for ${e.data.financialYear}`,
    FunctionBudgetSignedOff: (e, l) => `${who(e, l)} signed off the function budget for ${e.data.financialYear} on ${e.data.signedOn}`,
  },
});

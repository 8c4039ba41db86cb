// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf, money, quoted, humanise } from '../shared/describing';
import { benefitsErrorKinds } from './errors';
import { benefitsUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: benefitsUpcasters,
  errorKinds: benefitsErrorKinds,
  describers: {
    BenefitRecorded: (e, l) =>
      `${who(e, l)} recorded the benefit ${quoted(e.data.title)}: ${money(e.data.annualAmountPence)} a year, ${e.data.cashable ? 'cashable' : 'non-cashable'}, owned by ${e.data.owner}`,
    BenefitUpdated: (e, l) => `${who(e, l)} updated the benefit ${quoted(e.data.title)}: ${money(e.data.annualAmountPence)} a year by ${e.data.targetDate}`,
    BenefitStatusChanged: (e, l) =>
      `${who(e, l)} moved the benefit ${quoted(nameOf(l, e.data.benefitId, 'unnamed'))} from ${humanise(e.data.from)} to ${humanise(e.data.to)}`,
  },
});

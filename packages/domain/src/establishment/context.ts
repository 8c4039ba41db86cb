// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf, count, fte, money, quoted } from '../shared/describing';
import { establishmentErrorKinds } from './errors';
import { establishmentUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: establishmentUpcasters,
  errorKinds: establishmentErrorKinds,
  describers: {
    PostAdded: (e, l) =>
      `${who(e, l)} added the post ${e.data.reference} ${quoted(e.data.title)} to ${nameOf(l, e.data.serviceId, 'a service')}: ${fte(e.data.fte)}, ${money(e.data.budgetedAnnualCostPence)} a year`,
    PostUpdated: (e, l) =>
      `${who(e, l)} updated the post ${e.data.reference} ${quoted(e.data.title)}: ${fte(e.data.fte)}, ${money(e.data.budgetedAnnualCostPence)} a year`,
    PostRemoved: (e, l) => `${who(e, l)} removed the post ${e.data.reference} from the establishment`,
    EstablishmentImported: (e, l) =>
      `${who(e, l)} imported ${e.data.fileName} (${count(e.data.rowCount, 'row')}): ${e.data.created} new, ${e.data.updated} changed, ${e.data.unchanged} unchanged posts`,
    PostsImported: (e, l) => `${who(e, l)} recorded ${count(e.data.posts.length, 'imported post')}`,
  },
});

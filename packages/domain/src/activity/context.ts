// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf, count, quoted } from '../shared/describing';
import { activityErrorKinds } from './errors';
import { activityUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: activityUpcasters,
  errorKinds: activityErrorKinds,
  describers: {
    TaxonomySeeded: (e, l) => `${who(e, l)} set up the activity list with ${count(e.data.activities.length, 'activity', 'activities')}`,
    ActivityAdded: (e, l) => `${who(e, l)} added the activity ${quoted(e.data.name)}`,
    ActivityRenamed: (e, l) => `${who(e, l)} renamed the activity ${quoted(nameOf(l, e.data.activityId, 'unnamed'))} to ${quoted(e.data.name)}`,
    ActivityRetired: (e, l) =>
      `${who(e, l)} retired ${count(e.data.activityIds.length, 'activity', 'activities')}, starting with ${quoted(nameOf(l, e.data.activityIds[0], 'unnamed'))}`,
    TaxonomyReplaced: (e, l) =>
      `${who(e, l)} replaced the activity list with ${count(e.data.activities.length, 'activity', 'activities')}${e.data.fromTemplateId ? ` from the template ${quoted(nameOf(l, e.data.fromTemplateId, 'unnamed'))}` : ''}`,
    ActivityReturnSubmitted: (e, l) =>
      `${who(e, l, e.data.serviceId)} submitted the activity return of ${nameOf(l, e.data.serviceId, 'a service')} for ${count(e.data.posts.length, 'post')}`,
  },
});

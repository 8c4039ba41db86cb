// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf, quoted } from '../shared/describing';
import { templateErrorKinds } from './errors';
import { templateUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: templateUpcasters,
  errorKinds: templateErrorKinds,
  describers: {
    TemplateSaved: (e, l) => `${who(e, l)} saved the template ${quoted(e.data.name)}`,
    TemplateRetired: (e, l) => `${who(e, l)} retired the template ${quoted(nameOf(l, e.data.templateId, 'unnamed'))}`,
  },
});

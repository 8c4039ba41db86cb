// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who } from '../shared/describing';
import { definitionErrorKinds } from './errors';
import { definitionUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: definitionUpcasters,
  errorKinds: definitionErrorKinds,
  describers: {
    DefinitionDrafted: (e, l) => `${who(e, l)} drafted version ${e.data.version} of the contract-management definition`,
    DefinitionAgreed: (e, l) =>
      `${e.data.stakeholderName} (${e.data.stakeholderRole}) agreed version ${e.data.version} of the definition, recorded by ${who(e, l)}`,
  },
});

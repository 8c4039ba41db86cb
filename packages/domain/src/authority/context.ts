// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf, quoted } from '../shared/describing';
import { authorityErrorKinds } from './errors';
import { authorityUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: authorityUpcasters,
  errorKinds: authorityErrorKinds,
  describers: {
    AuthorityRegistered: (e, l) => `${who(e, l)} registered the authority ${e.data.name} (${e.data.kind})`,
    DirectorateAdded: (e, l) => `${who(e, l)} added the directorate ${e.data.name} to ${nameOf(l, e.data.authorityId, 'the authority')}`,
    ServiceAdded: (e, l) => `${who(e, l)} added the service ${e.data.name} to ${nameOf(l, e.data.directorateId, 'a directorate')}`,
    ProgrammeStarted: (e, l) => `${who(e, l)} started the programme ${quoted(e.data.name)} on ${e.data.startedOn}: ${e.data.objective}`,
  },
});

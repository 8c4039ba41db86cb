// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, count, quoted, humanise } from '../shared/describing';
import { designAuthorityErrorKinds } from './errors';
import { designAuthorityUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: designAuthorityUpcasters,
  errorKinds: designAuthorityErrorKinds,
  describers: {
    DesignAuthoritySubmitted: (e, l) =>
      `${who(e, l)} submitted the design option ${quoted(e.data.snapshot?.option?.name ?? 'unnamed')} to the Design Authority${e.data.supersedes ? ', replacing the previous submission' : ''}`,
    DesignAuthorityDecided: (e, l) =>
      `${who(e, l)} recorded the Design Authority decision of ${e.data.meetingDate}: ${humanise(e.data.decision)}${e.data.conditions.length ? ` with ${count(e.data.conditions.length, 'condition')}` : ''}${e.data.reasons ? ` — ${e.data.reasons}` : ''}`,
    ConditionDischarged: (e, l) => `${who(e, l)} discharged a Design Authority condition on ${e.data.dischargedOn}: ${e.data.evidence}`,
  },
});

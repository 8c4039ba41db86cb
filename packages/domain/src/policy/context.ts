// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf } from '../shared/describing';
import { policyErrorKinds } from './errors';
import type { PolicyPack } from './policy-pack';
import { policyUpcasters } from './upcasters';

const summary = (p: PolicyPack) =>
  `slot-in at ${p.slotInMinimumJobMatchPercent}% job match, pay protection ${p.payProtection.months} months (${p.payProtection.taper}), ` +
  `discretionary compensation ${p.discretionaryCompensation.multiplierPercent / 100}× statutory weeks up to ${p.discretionaryCompensation.maximumWeeks} weeks` +
  `${p.discretionaryCompensation.actualWeeksPay ? ' on the actual week’s pay' : ''}`;

export const context = defineContext({
  upcasters: policyUpcasters,
  errorKinds: policyErrorKinds,
  describers: {
    PolicyPackRecorded: (e, l) =>
      `${who(e, l)} recorded version ${e.data.version} of ${nameOf(l, e.data.authorityId, 'the council')}'s policy pack, in force from ${e.data.effectiveFrom}: ${summary(e.data.pack)}`,
  },
});

// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf, count, fte, quoted, post } from '../shared/describing';
import { reassignmentsErrorKinds } from './errors';
import { reassignmentsUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: reassignmentsUpcasters,
  errorKinds: reassignmentsErrorKinds,
  describers: {
    SlotInRecorded: (e, l) =>
      `${who(e, l)} slotted ${post(l, e.data.postId)} into ${post(l, e.data.designPostId)} (${e.data.jobMatchPercent}% job match, ${fte(e.data.fte)})`,
    RingFencePoolFormed: (e, l) =>
      `${who(e, l)} formed the ring-fenced pool ${quoted(e.data.name)}: ${count(e.data.postIds.length, 'post')} for ${count(e.data.designPostIds.length, 'new post')}`,
    SelectionOutcomeRecorded: (e, l) =>
      `${who(e, l)} recorded that ${post(l, e.data.postId)} was ${e.data.outcome === 'appointed' ? `appointed to ${post(l, e.data.designPostId)}` : 'not appointed'} from ${quoted(nameOf(l, e.data.poolId, 'a pool'))}`,
    PostholderAtRisk: (e, l) => `${who(e, l)} put the postholder of ${post(l, e.data.postId)} at risk`,
    RedeploymentRecorded: (e, l) =>
      `${who(e, l)} recorded the redeployment of ${post(l, e.data.postId)} to ${e.data.toDescription}${e.data.priorityInterview ? ' with a priority interview' : ''}`,
    TrialPeriodStarted: (e, l) => `${who(e, l)} started a trial period for ${post(l, e.data.postId)} from ${e.data.startDate} to ${e.data.endDate}`,
    TrialPeriodEnded: (e, l) => `${who(e, l)} ended the trial period of ${post(l, e.data.postId)}: ${e.data.outcome}`,
    PayProtectionGranted: (e, l) =>
      `${who(e, l)} granted pay protection at grade ${e.data.protectedGrade} to ${post(l, e.data.postId)} from ${e.data.startDate} to ${e.data.endDate}`,
    VacancyReleased: (e, l) => `${who(e, l)} released ${post(l, e.data.postId)} as a vacancy${e.data.dealId ? ' under an FTE deal' : ''}`,
  },
});

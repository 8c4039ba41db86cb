// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, count, quoted, humanise, post } from '../shared/describing';
import { consultationErrorKinds } from './errors';
import { consultationUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: consultationUpcasters,
  errorKinds: consultationErrorKinds,
  describers: {
    ConsultationPlanDrafted: (e, l) =>
      `${who(e, l)} drafted the consultation plan ${quoted(e.data.title)}: ${count(e.data.proposedDismissals, 'proposed dismissal')}, ${count(e.data.affected.length, 'affected postholder')}`,
    ConsultationPlanRevised: (e, l) =>
      `${who(e, l)} revised the consultation plan ${quoted(e.data.title)}: ${count(e.data.proposedDismissals, 'proposed dismissal')}, ${count(e.data.affected.length, 'affected postholder')}`,
    ConsultationDatesPlanned: (e, l) =>
      `${who(e, l)} planned the consultation dates${e.data.dates?.consultationStart ? `: consultation from ${e.data.dates.consultationStart} to ${e.data.dates.consultationClose ?? 'a date to be set'}` : ''}`,
    DisclosureGivenInWriting: (e, l) => `${who(e, l)} gave the ${humanise(e.data.item)} disclosure in writing on ${e.data.givenOn} (${e.data.documentRef})`,
    TradeUnionEngagementLogged: (e, l) =>
      `${who(e, l)} logged a trade union ${humanise(e.data.kind)} on ${e.data.date} with ${e.data.unions.join(', ')}: ${e.data.summary}`,
    IndividualConsultationMeetingHeld: (e, l) =>
      `${who(e, l)} held the ${e.data.kind} individual consultation meeting for ${post(l, e.data.postId)} on ${e.data.date}`,
    IndividualOutcomeRecorded: (e, l) => `${who(e, l)} recorded the outcome for ${post(l, e.data.postId)} on ${e.data.decidedOn}: ${e.data.outcome}`,
    IndividualAppealRecorded: (e, l) =>
      `${who(e, l)} recorded an appeal for ${post(l, e.data.postId)} lodged on ${e.data.lodgedOn}: ${humanise(e.data.result)}`,
    EqualityImpactAssessmentRecorded: (e, l) => `${who(e, l)} recorded the equality impact assessment of ${e.data.assessedOn} (${e.data.documentRef})`,
    ProtectedCharacteristicsRecorded: (e, l) => `${who(e, l)} recorded equality monitoring data for ${count(e.data.entries.length, 'postholder')}`,
    AffectedTermsRead: (e, l) => `${who(e, l)} read the new grade and hours of ${count(e.data.entries.length, 'placed postholder')} from the transition map`,
    ContinuousServiceRecorded: (e, l) => `${who(e, l)} recorded continuous service and notice for ${count(e.data.entries.length, 'postholder')}`,
    EmployeeRepresentativesElected: (e, l) =>
      `${who(e, l)} recorded the election on ${e.data.electedOn} of ${count(e.data.representatives.length, 'employee representative')} (TULRCA s.188A)`,
    ConsultationLaunched: (e, l) =>
      `${who(e, l)} launched the consultation on ${e.data.launchedOn}${e.data.collectiveRequired ? `: collective consultation of at least ${e.data.minimumDays} days${e.data.hr1Deadline ? `, HR1 due by ${e.data.hr1Deadline}` : ''}` : ''}`,
  },
});

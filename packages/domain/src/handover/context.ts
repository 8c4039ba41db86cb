// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, count, humanise, vacancy } from '../shared/describing';
import { handoverErrorKinds } from './errors';
import { handoverUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: handoverUpcasters,
  errorKinds: handoverErrorKinds,
  describers: {
    RecruitmentPlanDrafted: (e, l) => `${who(e, l)} drafted the recruitment plan for ${count(e.data.vacancies.length, 'vacancy', 'vacancies')}`,
    RecruitmentPlanHandedOver: (e, l) => `${who(e, l)} handed the recruitment plan over to ${e.data.ismName} on ${e.data.handedOverOn}`,
    RecruitmentPlanAccepted: (e, l) => `${who(e, l)} accepted the recruitment plan on ${e.data.acceptedOn}`,
    RecruitmentPlanReturned: (e, l) => `${who(e, l)} returned the recruitment plan on ${e.data.returnedOn}: ${e.data.reasons}`,
    RecruitmentStageCompleted: (e, l) =>
      `${who(e, l)} completed the ${humanise(e.data.stage)} stage for ${vacancy(l, e.data.vacancyId)} on ${e.data.completedOn}`,
    RecruitmentStageReplanned: (e, l) =>
      `${who(e, l)} moved the ${humanise(e.data.stage)} stage for ${vacancy(l, e.data.vacancyId)} from ${e.data.previousTargetDate} to ${e.data.targetDate}`,
    VacancyFilled: (e, l) => `${who(e, l)} recorded that ${vacancy(l, e.data.vacancyId)} was filled from ${e.data.startDate}`,
  },
});

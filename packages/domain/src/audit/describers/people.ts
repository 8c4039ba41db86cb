// The establishment, the transition of people, recruitment and hand-over, and costing.
import { nameOf, type Lexicon } from '../lexicon';
import { actorPhrase as who, count, fte, humanise, money, quoted } from '../phrases';
import type { Describers } from './types';

const post = (l: Lexicon, id: string | null) => quoted(nameOf(l, id, 'a post'));
const vacancy = (l: Lexicon, id: string) => quoted(nameOf(l, id, 'a vacancy'));

export const peopleDescribers = {
  PostAdded: (e, l) =>
    `${who(e, l)} added the post ${e.data.reference} ${quoted(e.data.title)} to ${nameOf(l, e.data.serviceId, 'a service')}: ${fte(e.data.fte)}, ${money(e.data.budgetedAnnualCostPence)} a year`,
  PostUpdated: (e, l) =>
    `${who(e, l)} updated the post ${e.data.reference} ${quoted(e.data.title)}: ${fte(e.data.fte)}, ${money(e.data.budgetedAnnualCostPence)} a year`,
  PostRemoved: (e, l) => `${who(e, l)} removed the post ${e.data.reference} from the establishment`,
  EstablishmentImported: (e, l) =>
    `${who(e, l)} imported ${e.data.fileName} (${count(e.data.rowCount, 'row')}): ${e.data.created} new, ${e.data.updated} changed, ${e.data.unchanged} unchanged posts`,
  PostsImported: (e, l) => `${who(e, l)} recorded ${count(e.data.posts.length, 'imported post')}`,
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
  RecruitmentPlanDrafted: (e, l) => `${who(e, l)} drafted the recruitment plan for ${count(e.data.vacancies.length, 'vacancy', 'vacancies')}`,
  RecruitmentPlanHandedOver: (e, l) => `${who(e, l)} handed the recruitment plan over to ${e.data.ismName} on ${e.data.handedOverOn}`,
  RecruitmentPlanAccepted: (e, l) => `${who(e, l)} accepted the recruitment plan on ${e.data.acceptedOn}`,
  RecruitmentPlanReturned: (e, l) => `${who(e, l)} returned the recruitment plan on ${e.data.returnedOn}: ${e.data.reasons}`,
  RecruitmentStageCompleted: (e, l) =>
    `${who(e, l)} completed the ${humanise(e.data.stage)} stage for ${vacancy(l, e.data.vacancyId)} on ${e.data.completedOn}`,
  RecruitmentStageReplanned: (e, l) =>
    `${who(e, l)} moved the ${humanise(e.data.stage)} stage for ${vacancy(l, e.data.vacancyId)} from ${e.data.previousTargetDate} to ${e.data.targetDate}`,
  VacancyFilled: (e, l) => `${who(e, l)} recorded that ${vacancy(l, e.data.vacancyId)} was filled from ${e.data.startDate}`,
  PayTableAdded: (e, l) => `${who(e, l)} added a pay table${e.data.table?.effectiveFrom ? ` effective from ${e.data.table.effectiveFrom}` : ''}`,
  LocalPayPointsSet: (e, l) => `${who(e, l)} set the local pay points of ${nameOf(l, e.data.authorityId, 'the authority')}`,
  LgpsEmployerRateSet: (e, l) =>
    `${who(e, l)} set the LGPS employer rate to ${(e.data.rateBp / 100).toFixed(2)}% from ${e.data.effectiveFrom} (${e.data.source})`,
  // exit-cost inputs are personal: the sentence names the post only
  ExitCostInputsRecorded: (e, l) => `${who(e, l)} recorded exit-cost inputs for ${post(l, e.data.postId)}`,
  BudgetNonPayLinesSet: (e, l) => `${who(e, l)} set ${count(e.data.lines.length, 'non-pay budget line')} for ${e.data.financialYear}`,
  FunctionBudgetSignedOff: (e, l) => `${who(e, l)} signed off the function budget for ${e.data.financialYear} on ${e.data.signedOn}`,
} satisfies Describers;

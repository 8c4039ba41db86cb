import {
  consultationFigures,
  DISCLOSURE_ITEMS,
  DISCLOSURE_LABEL,
  individualOf,
  proposedForDismissal,
  postholderRefReason,
  SUPPRESS_BELOW,
  type AffectedPerson,
} from '@orgledger/domain';
import { designAuthorityOf } from '../design-authority';
import { otherProposals } from './consultation.law';
import { dismissalsView, electionView, serviceOf } from './consultation.law-read';
import type { ConsultationReadRow } from './consultation.projector';
import type { ConsultationPlanView } from './consultation.graphql';
import { consultationPlanModel } from './consultation.projector';
import { tenantModel } from '../tenancy';
import type { ReadSide } from '../platform/read-side';

const COLLECTIVE_WARNINGS = new Set([
  'CONSULTATION_NOT_IN_GOOD_TIME',
  'MINIMUM_PERIOD_NOT_MET',
  'DISCLOSURE_NOT_GIVEN',
  'DISCLOSURE_AFTER_START',
  'DATE_MISSING',
]);
const PAY_BASIS =
  'Gross annual pay at the post’s SCP on the pay table in force on the day the people were read, pro rata to FTE (budgeted cost where the post has no SCP); ' +
  'a week’s pay is a 52nd of it, and the award is a week’s pay for each 7 days, rounded down to the penny per person.';

// Pseudonymous unless the tenant allows names: a reference that reads like a name is hidden.
const personLabel = (allowNames: boolean) => (p: AffectedPerson) =>
  allowNames || postholderRefReason(p.postholderRef, false) === null ? p.postholderRef : `Postholder of ${p.postReference}`;

export const planRows = (read: ReadSide, tenantId: string, programmeId: string) =>
  read.readModels.list(consultationPlanModel, tenantId, programmeId).filter((r) => r.state.status !== 'none');

export const consultationPlanOf = async (read: ReadSide, tenantId: string, planId: string): Promise<ConsultationPlanView> => {
  const row = read.readModels.get(consultationPlanModel, tenantId, planId)!;
  const plan = row.state as Extract<ConsultationReadRow['state'], { status: 'draft' | 'launched' }>;
  const { figures, warnings, exposure, timeline, profile, count } = consultationFigures(plan, otherProposals(read, tenantId, planId));
  const allowNames = read.readModels.get(tenantModel, tenantId, tenantId)?.allowPostholderNames ?? false;
  const label = personLabel(allowNames);
  const byPost = new Map(plan.affected.map((p) => [p.postId, p]));
  const { gate } = await designAuthorityOf(read, tenantId, plan.programmeId);
  const { collective, hr1 } = figures;
  return {
    planId: plan.planId,
    programmeId: plan.programmeId,
    title: plan.title,
    establishment: plan.establishment,
    proposedDismissals: plan.proposedDismissals,
    recognisedUnions: plan.recognisedUnions,
    status: plan.status,
    draftedOn: plan.draftedOn,
    launchedOn: plan.launch?.launchedOn ?? null,
    launchRuleIds: plan.launch?.ruleIds ?? [],
    revision: row.revision,
    dates: plan.dates,
    figures: {
      ruleDate: figures.ruleDate,
      collectiveRequired: collective.required,
      minimumDays: collective.minimumDays,
      collectiveRuleId: collective.ruleId,
      collectiveRule: collective.section,
      collectiveSource: collective.source,
      hr1Required: hr1.required,
      hr1LeadDays: hr1.leadDays,
      hr1Deadline: hr1.deadline,
      hr1OnlineFormOnly: hr1.onlineFormOnly,
      hr1RuleId: hr1.ruleId,
      hr1Rule: hr1.section,
      hr1Source: hr1.source,
      earliestFirstDismissal: figures.earliestFirstDismissal,
      latestConsultationStart: figures.latestConsultationStart,
    },
    warnings,
    gate: gate as ConsultationPlanView['gate'],
    disclosures: DISCLOSURE_ITEMS.map((item) => {
      const given = plan.disclosures[item];
      return {
        item,
        label: DISCLOSURE_LABEL[item],
        given: Boolean(given),
        givenOn: given?.givenOn ?? null,
        documentRef: given?.documentRef ?? null,
        unions: given?.unions ?? [],
      };
    }),
    tradeUnionLog: [...plan.tuLog].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    individuals: plan.affected.map((p) => {
      const record = individualOf(plan, p.postId);
      return {
        postId: p.postId,
        postReference: p.postReference,
        person: label(p),
        atRisk: p.atRisk,
        placement: p.placement,
        meetings: [...record.meetings].sort((a, b) => (a.date < b.date ? -1 : 1)),
        outcome: record.outcome?.outcome ?? null,
        outcomeDecidedOn: record.outcome?.decidedOn ?? null,
        appeal: record.appeal,
        proposedForDismissal: proposedForDismissal(p, plan.terms[p.postId]),
        service: serviceOf(plan, p.postId),
      };
    }),
    timeline,
    exposure: {
      applies: exposure.applies,
      breached: exposure.applies && warnings.some((w) => COLLECTIVE_WARNINGS.has(w.code) || w.code.startsWith('HR1')),
      ruleId: exposure.ruleId,
      rule: exposure.section,
      source: exposure.source,
      toBeConfirmed: exposure.toBeConfirmed,
      ruleDate: exposure.ruleDate,
      maximumDays: exposure.maximumDays,
      basis: PAY_BASIS,
      people: exposure.people.map((l) => ({ ...l, person: label(byPost.get(l.postId)!) })),
      totalPence: exposure.totalPence,
    },
    equality: { assessment: plan.eqia, stages: profile.stages, stageTotals: profile.stageTotals, rows: profile.rows, suppressBelow: SUPPRESS_BELOW },
    dismissals: dismissalsView(plan, count, label),
    election: electionView(plan, label),
  };
};

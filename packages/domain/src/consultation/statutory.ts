import { bandFor, ruleInForce, STANDARD_CONSULTATION_RULES, type ConsultationRules } from '@orgledger/reference-data';
import { addDays, type CivilDate } from '../shared/values';
import type { PlanDates } from './events';

// What the law asks of this plan, from the rule versions in force on the plan's dates: the
// consultation start (when the proposal is made), else the first dismissal, else the draft day.
export type StatutoryFigures = {
  ruleDate: CivilDate;
  proposedDismissals: number;
  collective: { required: boolean; minimumDays: number | null; ruleId: string; section: string; source: string };
  hr1: { required: boolean; leadDays: number | null; deadline: CivilDate | null; onlineFormOnly: boolean; ruleId: string; section: string; source: string };
  earliestFirstDismissal: CivilDate | null; // consultation start + minimum period
  latestConsultationStart: CivilDate | null; // first dismissal − minimum period
};

export const ruleDateOf = (dates: PlanDates, draftedOn: CivilDate): CivilDate => dates.consultationStart ?? dates.firstDismissal ?? draftedOn;

export const statutoryFigures = (
  plan: { dates: PlanDates; draftedOn: CivilDate; proposedDismissals: number },
  rules: ConsultationRules = STANDARD_CONSULTATION_RULES,
): StatutoryFigures => {
  const { dates, proposedDismissals } = plan;
  const ruleDate = ruleDateOf(dates, plan.draftedOn);
  const s188 = ruleInForce(rules.collectiveConsultation, ruleDate);
  const s193 = ruleInForce(rules.hr1Notification, ruleDate);
  const minimumDays = bandFor(s188.values.bands, proposedDismissals)?.days ?? null;
  const leadDays = bandFor(s193.values.bands, proposedDismissals)?.days ?? null;
  return {
    ruleDate,
    proposedDismissals,
    collective: { required: minimumDays !== null, minimumDays, ruleId: s188.id, section: s188.values.section, source: s188.source },
    hr1: {
      required: leadDays !== null,
      leadDays,
      deadline: leadDays !== null && dates.firstDismissal ? addDays(dates.firstDismissal, -leadDays) : null,
      onlineFormOnly: s193.values.onlineFormOnly,
      ruleId: s193.id,
      section: s193.values.section,
      source: s193.source,
    },
    earliestFirstDismissal: minimumDays !== null && dates.consultationStart ? addDays(dates.consultationStart, minimumDays) : null,
    latestConsultationStart: minimumDays !== null && dates.firstDismissal ? addDays(dates.firstDismissal, -minimumDays) : null,
  };
};

import { invalid } from './errors';
import { requireCivilDate, requireText, type CivilDate } from '../shared/values';
import { PLAN_DATE_KEYS, type AffectedPerson, type PlanDates } from './events';
import { equalityProfile } from './equality-profile';
import { protectiveAwardExposure } from './exposure';
import type { ConsultationPlan } from './state';
import { emptyPlanDates } from './state';
import { statutoryFigures } from './statutory';
import { consultationTimeline } from './timeline';
import { planWarnings } from './warnings';
import { dismissalCount, type OtherProposal } from './dismissals';
import { lawWarnings } from './law-warnings';

export const MAX_PLAN_TITLE = 120;
export const MAX_ESTABLISHMENT = 120;
export const MAX_UNION = 80;
export const MAX_UNIONS = 10;
export const MAX_PROPOSED_DISMISSALS = 100_000;
export const MAX_DOCUMENT_REF = 120;
export const MAX_NOTE = 2000;
export const MAX_CATEGORY = 60;

// Everything the screens show about a plan, computed from its facts and the rules in force; the
// thresholds count the people the transition map proposes to dismiss, with other plans at the
// establishment within 90 days (s.188(3)).
export const consultationFigures = (plan: ConsultationPlan, others: readonly OtherProposal[] = []) => {
  const count = dismissalCount({ ...plan, firstDismissal: plan.dates.firstDismissal }, others);
  const figures = statutoryFigures({ ...plan, proposedDismissals: count.counted });
  return {
    figures,
    count,
    warnings: [...planWarnings(plan.dates, figures, plan.disclosures), ...lawWarnings(plan, figures)],
    exposure: protectiveAwardExposure(plan.affected, {
      collectiveRequired: figures.collective.required,
      firstDismissal: plan.dates.firstDismissal,
      ruleDate: figures.ruleDate,
    }),
    timeline: consultationTimeline(plan.dates, figures),
    profile: equalityProfile(plan),
  };
};

export const requireDates = (dates: Partial<PlanDates>, base: PlanDates = emptyPlanDates()): PlanDates => {
  const unknown = Object.keys(dates).filter((k) => !(PLAN_DATE_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) throw invalid('INVALID_CHOICE', `There is no plan date called ${unknown.join(', ')}.`, { field: 'dates' });
  const out = { ...base };
  for (const key of PLAN_DATE_KEYS) {
    if (!(key in dates)) continue;
    const value = dates[key];
    out[key] = value === null || value === undefined ? null : requireCivilDate(key, value);
  }
  return out;
};

export const requireChoice = <T extends string>(field: string, value: unknown, allowed: readonly T[]): T => {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalid('INVALID_CHOICE', `${field} must be one of ${allowed.join(', ')}.`, { field });
};

export const requireScope = (data: {
  title: string;
  establishment: string;
  proposedDismissals: number;
  recognisedUnions: string[];
  affected: AffectedPerson[];
}) => {
  const { proposedDismissals } = data;
  if (!Number.isInteger(proposedDismissals) || proposedDismissals < 0 || proposedDismissals > MAX_PROPOSED_DISMISSALS) {
    throw invalid(
      'INVALID_PROPOSED_DISMISSALS',
      `Proposed dismissals must be a whole number from 0 to ${MAX_PROPOSED_DISMISSALS}: count every dismissal proposed at the establishment within 90 days.`,
      { field: 'proposedDismissals' },
    );
  }
  if (!Array.isArray(data.recognisedUnions) || data.recognisedUnions.length > MAX_UNIONS) {
    throw invalid('INVALID_UNIONS', `List up to ${MAX_UNIONS} recognised trade unions.`, { field: 'recognisedUnions' });
  }
  const unions = [...new Set(data.recognisedUnions.map((u) => requireText('recognisedUnions', u, { max: MAX_UNION })))];
  return {
    title: requireText('title', data.title, { max: MAX_PLAN_TITLE }),
    establishment: requireText('establishment', data.establishment, { max: MAX_ESTABLISHMENT }),
    proposedDismissals,
    recognisedUnions: unions,
    affected: data.affected,
  };
};

export const requireDate = (field: string, value: unknown): CivilDate => requireCivilDate(field, value);

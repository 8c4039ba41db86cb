import { daysBetween, type CivilDate } from '../shared/values';
import type { AffectedPerson, AffectedTerms } from './events';

export const S195_SOURCE =
  'TULRCA 1992 s.195(1): dismissal as redundant means for a reason not related to the individual, which includes ending a contract to re-engage on materially different terms: ' +
  'https://www.legislation.gov.uk/ukpga/1992/52/section/195';
export const AGGREGATION_SOURCE =
  'TULRCA 1992 s.188(1), (3): proposals to dismiss at one establishment within a period of 90 days or less are counted together, ' +
  'leaving out employees in respect of whose proposed dismissals consultation has already begun: https://www.legislation.gov.uk/ukpga/1992/52/section/188';
export const HARDY_SOURCE =
  'Hardy v Tourism South East (UKEAT/0631/04, [2005] IRLR 242): a proposal to dismiss counts even where redeployment is hoped for: ' +
  'https://www.bailii.org/uk/cases/UKEAT/2004/0631_04_2911.html';
export const WINDOW_DAYS = 90;

// A council grade written as a bare number ("9", "Grade 9") can be compared with a to-be grade; a
// named one ("PO1", "SO2") cannot, and is not guessed at.
const gradeNumber = (grade: string): number | null => {
  const m = /^\s*(?:grade\s*)?(\d{1,3})\s*$/i.exec(grade);
  return m ? Number(m[1]) : null;
};

// s.195: a slot-in or redeployment onto a lower grade or fewer hours ends the old contract and
// re-engages on materially different terms, so it is a dismissal for s.188.
export const s195Reasons = (p: AffectedPerson, t: AffectedTerms | undefined): string[] => {
  if (!p.placement || !t) return [];
  const out: string[] = [];
  const from = gradeNumber(t.fromGrade);
  if (from !== null && t.toGrade !== null && t.toGrade < from) out.push(`grade ${t.fromGrade} to grade ${t.toGrade}`);
  if (t.toFte !== null && t.toFte < t.fromFte) out.push(`FTE ${t.fromFte / 1000} to ${t.toFte / 1000}`);
  return out;
};

// Proposed for dismissal: put at risk, or placed on materially worse terms (s.195). Someone at risk
// counts even once a redeployment is recorded: the number is the proposal's, and a hoped-for
// redeployment into a different job does not lower it (Hardy v Tourism South East, UKEAT/0631/04).
export const proposedForDismissal = (p: AffectedPerson, t: AffectedTerms | undefined): boolean => p.atRisk || s195Reasons(p, t).length > 0;

// Another plan of the same council, as the aggregation reads it.
export type OtherProposal = {
  planId: string;
  programmeId: string;
  title: string;
  establishment: string;
  firstDismissal: CivilDate | null;
  dismissals: number;
  consultationBegun: boolean;
};

const sameEstablishment = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

// Two dismissal dates fall "within a period of 90 days" when one 90-day period (both ends counted) holds both.
export const withinWindow = (a: CivilDate, b: CivilDate): boolean => Math.abs(daysBetween(a, b)) <= WINDOW_DAYS - 1;

export type DismissalCount = {
  recorded: number; // the number typed on the plan
  derived: number; // from the transition map
  s195: number; // of those, placed on materially different terms
  aggregated: { planId: string; title: string; dismissals: number }[];
  counted: number; // what the statutory thresholds use
  differs: boolean;
};

// What s.188 counts for this plan: its own people (never fewer than the recorded number, which may
// include dismissals outside the map) plus other plans at the establishment whose first dismissals fall
// within 90 days and whose consultation has not begun (s.188(3)). Plans of the same programme read the
// same transition map: they are scenarios for the same people, not further proposals, so are not added.
export const dismissalCount = (
  plan: {
    planId: string;
    programmeId: string;
    establishment: string;
    proposedDismissals: number;
    affected: AffectedPerson[];
    terms: Record<string, AffectedTerms>;
    firstDismissal: CivilDate | null;
  },
  others: readonly OtherProposal[] = [],
): DismissalCount => {
  const derived = plan.affected.filter((p) => proposedForDismissal(p, plan.terms[p.postId])).length;
  const s195 = plan.affected.filter((p) => s195Reasons(p, plan.terms[p.postId]).length > 0).length;
  const aggregated = plan.firstDismissal
    ? others
        .filter((o) => o.planId !== plan.planId && o.programmeId !== plan.programmeId && !o.consultationBegun && o.dismissals > 0 && o.firstDismissal !== null)
        .filter((o) => sameEstablishment(o.establishment, plan.establishment) && withinWindow(o.firstDismissal!, plan.firstDismissal!))
        .map((o) => ({ planId: o.planId, title: o.title, dismissals: o.dismissals }))
    : [];
  const own = derived + aggregated.reduce((s, o) => s + o.dismissals, 0);
  return {
    recorded: plan.proposedDismissals,
    derived,
    s195,
    aggregated,
    counted: Math.max(plan.proposedDismissals, own),
    differs: plan.proposedDismissals !== derived,
  };
};

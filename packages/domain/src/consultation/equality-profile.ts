import { PROTECTED_CHARACTERISTICS, type AffectedPerson, type ProtectedCharacteristic } from './events';
import type { ConsultationPlan } from './state';
import { individualOf } from './state';

export const PROFILE_STAGES = ['in_scope', 'at_risk', 'slotted', 'redeployed', 'dismissed'] as const;
export type ProfileStage = (typeof PROFILE_STAGES)[number];
export const SUPPRESS_BELOW = 5;
export const NOT_RECORDED = 'Not recorded';

// A count, or null where it is suppressed (under 5, or the second-smallest where one alone would
// let a reader work it out from the stage total).
export type ProfileRow = { characteristic: ProtectedCharacteristic; category: string; counts: (number | null)[] };
export type EqualityProfile = { stages: ProfileStage[]; stageTotals: number[]; rows: ProfileRow[] };

// Where each person stands: a recorded outcome wins over the transition map's placement.
export const stagesOf = (plan: Pick<ConsultationPlan, 'individuals'>, person: AffectedPerson): ProfileStage[] => {
  const outcome = individualOf(plan as ConsultationPlan, person.postId).outcome?.outcome ?? person.placement;
  return ['in_scope', ...(person.atRisk ? (['at_risk'] as const) : []), ...(outcome ? [outcome] : [])];
};

const suppress = (counts: number[]): (number | null)[] => {
  const out: (number | null)[] = counts.map((c) => (c < SUPPRESS_BELOW ? null : c));
  // One hidden cell in a column can be worked out from the others and the total: hide the next smallest too.
  if (out.filter((c) => c === null).length === 1 && out.length > 1) {
    const smallest = out
      .map((c, i) => [c, i] as const)
      .filter(([c]) => c !== null)
      .sort((a, b) => a[0]! - b[0]!)[0];
    if (smallest) out[smallest[1]] = null;
  }
  return out;
};

export const equalityProfile = (plan: Pick<ConsultationPlan, 'affected' | 'individuals' | 'characteristics'>): EqualityProfile => {
  const stages = [...PROFILE_STAGES];
  const inStage = stages.map((stage) => plan.affected.filter((p) => stagesOf(plan, p).includes(stage)));
  const rows: ProfileRow[] = [];
  for (const characteristic of PROTECTED_CHARACTERISTICS) {
    const recorded = plan.affected.some((p) => plan.characteristics[p.postId]?.[characteristic] !== undefined);
    if (!recorded) continue;
    const categoryOf = (p: AffectedPerson) => plan.characteristics[p.postId]?.[characteristic] ?? NOT_RECORDED;
    const categories = [...new Set(plan.affected.map(categoryOf))].sort((a, b) => (a === NOT_RECORDED ? 1 : b === NOT_RECORDED ? -1 : a.localeCompare(b)));
    // Suppression runs down each stage's column, across the categories of one characteristic.
    const columns = inStage.map((people) => suppress(categories.map((c) => people.filter((p) => categoryOf(p) === c).length)));
    categories.forEach((category, i) => rows.push({ characteristic, category, counts: columns.map((col) => col[i]) }));
  }
  return { stages, stageTotals: inStage.map((people) => people.length), rows };
};

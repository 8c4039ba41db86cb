import type { CivilDate } from '../shared/values';
import { NATIONAL_DEFAULT_POLICY, type PolicyPack } from './policy-pack';
import type { PolicyState } from './state';

export type PolicyInForce = {
  pack: PolicyPack;
  origin: 'council' | 'national_default';
  version: number | null;
  effectiveFrom: CivilDate | null;
  label: string;
};

export const NATIONAL_DEFAULT_LABEL = 'National default: the council has recorded no policy pack in force on this date';

// The version with the latest effective date on or before `date`; of two from the same date, the
// one recorded later. Where there is none, the national default, labelled as such.
export const policyInForce = (state: PolicyState, date: CivilDate): PolicyInForce => {
  const candidates = state.versions.filter((v) => v.effectiveFrom <= date);
  const chosen = candidates.reduce<(typeof candidates)[number] | null>(
    (best, v) => (best === null || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.version > best.version) ? v : best),
    null,
  );
  if (!chosen) return { pack: NATIONAL_DEFAULT_POLICY, origin: 'national_default', version: null, effectiveFrom: null, label: NATIONAL_DEFAULT_LABEL };
  return {
    pack: chosen.pack,
    origin: 'council',
    version: chosen.version,
    effectiveFrom: chosen.effectiveFrom,
    label: `The council's policy pack, version ${chosen.version}, in force from ${chosen.effectiveFrom}`,
  };
};

// "Grade 9", "grade 9" or 9 is grade 9; a grade named otherwise (e.g. "PO1") has no number.
export const gradeNumberOf = (grade: string | number): number | null => {
  if (typeof grade === 'number') return Number.isSafeInteger(grade) ? grade : null;
  const match = /^\s*(?:grade\s*)?(\d{1,2})\s*$/i.exec(grade);
  return match ? Number(match[1]) : null;
};

// The council's contractual notice for a grade, in weeks (for the notice rule beside ERA s.86):
// the band the grade falls in, else the pack's default (0: no more than the statutory minimum).
export const contractualNoticeWeeks = (pack: PolicyPack, grade: string | number): number => {
  const n = gradeNumberOf(grade);
  const band = n === null ? undefined : pack.notice.byGrade.find((b) => n >= b.fromGrade && (b.toGrade === null || n <= b.toGrade));
  return band ? band.weeks : pack.notice.defaultWeeks;
};

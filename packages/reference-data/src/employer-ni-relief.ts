import type { EmployerNiValues } from './rate-table';

// The holder's age band where it is known: enough to decide the employer NI reliefs, no more (a
// date of birth is personal data the design does not need).
export const HOLDER_AGE_BANDS = ['under_21', 'aged_21_to_24', 'aged_25_or_over'] as const;
export type HolderAgeBand = (typeof HOLDER_AGE_BANDS)[number];

export const holderAgeBandOf = (age: number): HolderAgeBand => (age < 21 ? 'under_21' : age < 25 ? 'aged_21_to_24' : 'aged_25_or_over');

export type NiReliefFacts = { apprenticeship: boolean; ageBand: HolderAgeBand | null };

// Which reduced employer rate applies: 0% up to the threshold, the full rate above it.
export type EmployerNiRelief = { category: 'H' | 'M'; thresholdPenceYear: number; rule: string };

// Social Security Contributions and Benefits Act 1992 s.9B (apprentices under 25, from 6 April 2016)
// and s.9A (employees under 21, from 6 April 2015). HMRC: an apprentice under 21 takes category H.
// Null when no relief applies, or when the table in force does not carry the threshold.
export const employerNiReliefOf = (facts: NiReliefFacts, ni: EmployerNiValues): EmployerNiRelief | null => {
  const under25 = facts.ageBand === 'under_21' || facts.ageBand === 'aged_21_to_24';
  if (facts.apprenticeship && under25 && ni.apprenticeUpperSecondaryThresholdPenceYear !== undefined) {
    return {
      category: 'H',
      thresholdPenceYear: ni.apprenticeUpperSecondaryThresholdPenceYear,
      rule: 'apprentice under 25: 0% employer NI up to the apprentice upper secondary threshold (SSCBA 1992 s.9B, category H)',
    };
  }
  if (facts.ageBand === 'under_21' && ni.upperSecondaryThresholdPenceYear !== undefined) {
    return {
      category: 'M',
      thresholdPenceYear: ni.upperSecondaryThresholdPenceYear,
      rule: 'under 21: 0% employer NI up to the upper secondary threshold (SSCBA 1992 s.9A, category M)',
    };
  }
  return null;
};

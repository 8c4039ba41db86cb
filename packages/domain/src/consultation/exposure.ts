import { ruleInForce, STANDARD_CONSULTATION_RULES, type ConsultationRules } from '@orgledger/reference-data';
import type { CivilDate, Money } from '../shared/values';
import type { AffectedPerson } from './events';

// TULRCA s.190(3): a week's pay for each week of the protected period, proportionately for part of
// a week; a week's pay of an annual salary is a 52nd. So the award for `days` days is
// annual × days ÷ 364, rounded down to the penny (the award is a maximum), and the total is the
// sum of the people's figures, so it adds up exactly.
export const protectiveAwardPence = (annualPayPence: Money, days: number): Money => {
  const numerator = annualPayPence * days;
  return (numerator - (numerator % 364)) / 364;
};

export type ExposureLine = { postId: string; postholderRef: string; annualPayPence: Money; maximumPence: Money };
export type ProtectiveAwardExposure = {
  applies: boolean; // only a collective-consultation breach gives rise to a protective award
  ruleId: string;
  section: string;
  source: string;
  toBeConfirmed: boolean;
  ruleDate: CivilDate;
  maximumDays: number;
  people: ExposureLine[];
  totalPence: Money;
};

// The rule in force on the day the first dismissal takes effect (ERA 2025 applies to dismissals
// from its start day), else on the plan's rule date.
export const protectiveAwardExposure = (
  affected: AffectedPerson[],
  input: { collectiveRequired: boolean; firstDismissal: CivilDate | null; ruleDate: CivilDate },
  rules: ConsultationRules = STANDARD_CONSULTATION_RULES,
): ProtectiveAwardExposure => {
  const ruleDate = input.firstDismissal ?? input.ruleDate;
  const rule = ruleInForce(rules.protectiveAward, ruleDate);
  const days = rule.values.maximumDays;
  const people = input.collectiveRequired
    ? affected.map((p) => ({
        postId: p.postId,
        postholderRef: p.postholderRef,
        annualPayPence: p.annualPayPence,
        maximumPence: protectiveAwardPence(p.annualPayPence, days),
      }))
    : [];
  return {
    applies: input.collectiveRequired,
    ruleId: rule.id,
    section: rule.values.section,
    source: rule.source,
    toBeConfirmed: rule.status === 'to_be_confirmed',
    ruleDate,
    maximumDays: days,
    people,
    totalPence: people.reduce((sum, p) => sum + p.maximumPence, 0),
  };
};

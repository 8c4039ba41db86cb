import type { DiscretionaryCompensationPolicy } from '../policy';
import { formatPence, requirePence, type Money } from '../shared/values';
import type { StatutoryRedundancyPay } from './exit-costs';
import { divideHalfUp } from './rounding';

export const DISCRETIONARY_COMPENSATION_CITATION =
  'Local Government (Early Termination of Employment) (Discretionary Compensation) (England and Wales) Regulations 2006 (SI 2006/2914), regs. 5 and 6';

export type DiscretionaryCompensationInput = {
  statutory: StatutoryRedundancyPay; // the statutory payment, with its weeks
  weeklyPayPence: Money; // the actual week's pay, before the statutory cap
  policy: DiscretionaryCompensationPolicy; // the council's, in force on the dismissal date
};

export type DiscretionaryCompensation = {
  statutoryPence: Money;
  regulation5Pence: Money; // the statutory weeks paid on the actual week's pay instead of the cap
  regulation6Pence: Money; // the lump sum: the extra weeks the multiplier gives
  discretionaryPence: Money; // reg. 5 + reg. 6, on top of the statutory payment
  totalPence: Money;
  weeklyPayUsedPence: Money;
  limitedToMaximum: boolean;
  reason: string;
  source: string;
};

const weeks = (halves: number) => `${Math.floor(halves / 2)}${halves % 2 ? '½' : ''}`;

// What the council's policy pays beyond statutory redundancy pay. The statutory weeks (0 below two
// years' service) × the multiplier, on the actual or the capped week's pay, at most the council's
// maximum weeks (reg. 6: never over 104 weeks' actual pay). The statutory payment is an entitlement
// and is offset against the rest (reg. 6), so the total is never below it.
export const discretionaryCompensation = ({ statutory, weeklyPayPence, policy }: DiscretionaryCompensationInput): DiscretionaryCompensation => {
  const actual = requirePence('weeklyPayPence', weeklyPayPence);
  const basis = policy.actualWeeksPay ? Math.max(actual, statutory.weeklyPayUsedPence) : statutory.weeklyPayUsedPence;
  const enhanced = divideHalfUp(statutory.halfWeeks * policy.multiplierPercent * basis, 200);
  const maximum = policy.maximumWeeks * basis;
  const totalPence = Math.max(statutory.pence, Math.min(enhanced, maximum));
  const atActualPay = policy.actualWeeksPay ? divideHalfUp(statutory.halfWeeks * basis, 2) : statutory.pence;
  const regulation5Pence = Math.max(0, Math.min(atActualPay, totalPence) - statutory.pence);
  const regulation6Pence = totalPence - statutory.pence - regulation5Pence;
  const limitedToMaximum = enhanced > maximum;
  const onPay = `${formatPence(basis)} a week (${policy.actualWeeksPay ? 'the actual week’s pay' : 'the statutory cap applied'})`;
  const reason =
    statutory.halfWeeks === 0
      ? 'No discretionary compensation: the policy multiplies the statutory weeks, and there are none.'
      : `${weeks(statutory.halfWeeks)} statutory weeks × ${policy.multiplierPercent}% on ${onPay}` +
        (limitedToMaximum ? `, limited to the policy's ${policy.maximumWeeks} weeks' pay` : '') +
        `: ${formatPence(totalPence)} in all, ${formatPence(totalPence - statutory.pence)} above statutory redundancy pay.`;
  return {
    statutoryPence: statutory.pence,
    regulation5Pence,
    regulation6Pence,
    discretionaryPence: regulation5Pence + regulation6Pence,
    totalPence,
    weeklyPayUsedPence: basis,
    limitedToMaximum,
    reason,
    source: DISCRETIONARY_COMPENSATION_CITATION,
  };
};

import { fieldLabel } from '../shared/values';
import { invalid } from './errors';
import {
  INCREMENTAL_DATES,
  PAY_PROTECTION_TAPERS,
  POLICY_LIMITS as L,
  STATUTORY_TRIAL_WEEKS,
  type DiscretionaryCompensationPolicy,
  type NoticeBand,
  type NoticePolicy,
  type PayProtectionPolicy,
  type PolicyPack,
  type ProtectionStep,
} from './policy-pack';

const whole = (field: string, value: unknown, min: number, max: number, why = ''): number => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) return value;
  throw invalid('INVALID_POLICY_VALUE', `${fieldLabel(field)} must be a whole number from ${min} to ${max}${why}; got ${String(value)}.`, {
    field,
    min,
    max,
  });
};
const wholeOrNull = (field: string, value: unknown, min: number, max: number) => (value == null ? null : whole(field, value, min, max));
const oneOf = <T extends string>(field: string, value: unknown, allowed: readonly T[]): T => {
  if (allowed.includes(value as T)) return value as T;
  throw invalid('INVALID_POLICY_VALUE', `${fieldLabel(field)} must be one of ${allowed.join(', ')}; got ${String(value)}.`, { field });
};

const trialWeeks = (value: unknown): number | null => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value < STATUTORY_TRIAL_WEEKS) {
    throw invalid(
      'TRIAL_BELOW_STATUTORY',
      `The statutory trial period is ${STATUTORY_TRIAL_WEEKS} weeks (ERA 1996 s.138(3)); a council's trial cannot be shorter than that, got ${value} weeks.`,
      { field: 'trialMaximumWeeks', min: STATUTORY_TRIAL_WEEKS },
    );
  }
  return wholeOrNull('trialMaximumWeeks', value, STATUTORY_TRIAL_WEEKS, L.maxTrialWeeks);
};

// A taper never rises: each step protects no more of the difference than the one before.
const payProtection = (p: Partial<PayProtectionPolicy> | undefined): PayProtectionPolicy => {
  const taper = oneOf('payProtectionTaper', p?.taper, PAY_PROTECTION_TAPERS);
  const given = Array.isArray(p?.steps) ? (p.steps as ProtectionStep[]) : [];
  if (taper !== 'stepped') {
    if (given.length > 0) {
      throw invalid('INVALID_PROTECTION_TAPER', `Steps belong to a stepped taper only; a ${taper} taper has none.`, { field: 'payProtectionSteps' });
    }
    return { taper, months: whole('payProtectionMonths', p?.months, 1, L.maxProtectionMonths), steps: [] };
  }
  if (given.length < 2 || given.length > L.maxSteps) {
    throw invalid('INVALID_PROTECTION_TAPER', `A stepped taper has 2 to ${L.maxSteps} steps; got ${given.length}.`, { field: 'payProtectionSteps' });
  }
  const steps = given.map((s) => ({
    months: whole('payProtectionSteps', s?.months, 1, L.maxProtectionMonths),
    percentOfDifference: whole('payProtectionSteps', s?.percentOfDifference, 1, 100),
  }));
  steps.forEach((s, i) => {
    if (i > 0 && s.percentOfDifference > steps[i - 1].percentOfDifference) {
      throw invalid('INVALID_PROTECTION_TAPER', `A taper falls step by step: step ${i + 1} protects ${s.percentOfDifference}%, more than the step before it.`, {
        field: 'payProtectionSteps',
      });
    }
  });
  const months = steps.reduce((sum, s) => sum + s.months, 0);
  return { taper, months: whole('payProtectionMonths', months, 1, L.maxProtectionMonths, ' (the steps together)'), steps };
};

const compensation = (c: Partial<DiscretionaryCompensationPolicy> | undefined): DiscretionaryCompensationPolicy => {
  if (typeof c?.actualWeeksPay !== 'boolean') {
    throw invalid('INVALID_POLICY_VALUE', 'Say whether the actual week’s pay is used instead of the statutory cap (true or false).', {
      field: 'actualWeeksPay',
    });
  }
  const maximumWeeks = c.maximumWeeks;
  if (typeof maximumWeeks === 'number' && maximumWeeks > L.maxCompensationWeeks) {
    throw invalid(
      'COMPENSATION_OVER_104_WEEKS',
      `Discretionary compensation must not exceed 104 weeks' pay (SI 2006/2914 reg. 6); got ${maximumWeeks} weeks.`,
      { field: 'maximumWeeks', max: L.maxCompensationWeeks },
    );
  }
  return {
    actualWeeksPay: c.actualWeeksPay,
    multiplierPercent: whole('multiplierPercent', c.multiplierPercent, 100, L.maxMultiplierPercent, ' (100 is the statutory weeks)'),
    maximumWeeks: whole('maximumWeeks', maximumWeeks, 1, L.maxCompensationWeeks),
  };
};

const overlaps = (a: NoticeBand, b: NoticeBand) => a.fromGrade <= (b.toGrade ?? Infinity) && b.fromGrade <= (a.toGrade ?? Infinity);

const notice = (n: Partial<NoticePolicy> | undefined): NoticePolicy => {
  const given = Array.isArray(n?.byGrade) ? n.byGrade : [];
  if (given.length > L.maxBands) throw invalid('INVALID_POLICY_VALUE', `At most ${L.maxBands} notice bands.`, { field: 'noticeByGrade' });
  const byGrade = given.map((b) => {
    const fromGrade = whole('noticeByGrade', b?.fromGrade, 1, L.maxGrade);
    const toGrade = wholeOrNull('noticeByGrade', b?.toGrade, fromGrade, L.maxGrade);
    return { fromGrade, toGrade, weeks: whole('noticeWeeks', b?.weeks, 1, L.maxNoticeWeeks) };
  });
  byGrade.forEach((b, i) =>
    byGrade.slice(i + 1).forEach((other) => {
      if (overlaps(b, other)) {
        throw invalid(
          'NOTICE_BANDS_OVERLAP',
          `Notice bands from grade ${b.fromGrade} and from grade ${other.fromGrade} overlap: a grade has one notice period.`,
          {
            field: 'noticeByGrade',
          },
        );
      }
    }),
  );
  byGrade.sort((a, b) => a.fromGrade - b.fromGrade);
  return { defaultWeeks: whole('noticeDefaultWeeks', n?.defaultWeeks, 0, L.maxNoticeWeeks), byGrade };
};

// The pack as recorded: every value checked, with the field's name in the message and details.
export const requirePolicyPack = (input: Partial<PolicyPack> | undefined): PolicyPack => ({
  slotInMinimumJobMatchPercent: whole('slotInMinimumJobMatchPercent', input?.slotInMinimumJobMatchPercent, 1, 100),
  ringFenceGradesBelow: wholeOrNull('ringFenceGradesBelow', input?.ringFenceGradesBelow, 0, L.maxRingFenceGrades),
  ringFenceGradesAbove: wholeOrNull('ringFenceGradesAbove', input?.ringFenceGradesAbove, 0, L.maxRingFenceGrades),
  trialMaximumWeeks: trialWeeks(input?.trialMaximumWeeks),
  payProtection: payProtection(input?.payProtection),
  discretionaryCompensation: compensation(input?.discretionaryCompensation),
  notice: notice(input?.notice),
  incrementalDate: oneOf('incrementalDate', input?.incrementalDate, INCREMENTAL_DATES),
});

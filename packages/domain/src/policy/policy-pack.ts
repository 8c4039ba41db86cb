import type { CivilDate } from '../shared/values';

// A council's own dated policy pack: its managing-change, redundancy and pay policies as data.
// Grades are the council's numbered grades ("Grade 9" is 9), as the design's posts carry them.
export const PAY_PROTECTION_TAPERS = ['full', 'stepped', 'frozen'] as const;
export type PayProtectionTaper = (typeof PAY_PROTECTION_TAPERS)[number];
export const INCREMENTAL_DATES = ['april_1', 'appointment_anniversary'] as const;
export type IncrementalDate = (typeof INCREMENTAL_DATES)[number];

// full: the former grade's pay for the whole period; stepped: a share of the difference that falls
// step by step (e.g. 100% for 12 months, then 50% for 12); frozen: pay frozen at the old rate, no
// pay awards, until the new grade catches up or the period ends ("mark time").
export type ProtectionStep = { months: number; percentOfDifference: number };
export type PayProtectionPolicy = { taper: PayProtectionTaper; months: number; steps: ProtectionStep[] };

// SI 2006/2914: reg. 5 lets the council base redundancy pay on the actual week's pay instead of the
// statutory cap; reg. 6 a lump sum, here the statutory weeks × multiplier, at most 104 weeks' pay.
export type DiscretionaryCompensationPolicy = { actualWeeksPay: boolean; multiplierPercent: number; maximumWeeks: number };

// Contractual notice the council gives, by grade range; `defaultWeeks` for a grade in no band.
export type NoticeBand = { fromGrade: number; toGrade: number | null; weeks: number };
export type NoticePolicy = { defaultWeeks: number; byGrade: NoticeBand[] };

export type PolicyPack = {
  slotInMinimumJobMatchPercent: number;
  // A ring-fence pool may draw postholders from up to this many grades below / above the to-be
  // post's grade; null: the council sets no limit.
  ringFenceGradesBelow: number | null;
  ringFenceGradesAbove: number | null;
  // The longest trial in a new post, by written agreement for retraining (ERA 1996 s.138(6));
  // the statutory four weeks is the floor; null: no council maximum.
  trialMaximumWeeks: number | null;
  payProtection: PayProtectionPolicy;
  discretionaryCompensation: DiscretionaryCompensationPolicy;
  notice: NoticePolicy;
  incrementalDate: IncrementalDate;
};

export type PolicyPackVersion = { version: number; effectiveFrom: CivilDate; pack: PolicyPack; reason: string };

// What the product applied before councils recorded their own pack (70% slot-in, 36 months'
// protection, statutory redundancy only): used, and labelled, where a council has recorded none.
export const NATIONAL_DEFAULT_POLICY: PolicyPack = {
  slotInMinimumJobMatchPercent: 70,
  ringFenceGradesBelow: null,
  ringFenceGradesAbove: null,
  trialMaximumWeeks: null,
  payProtection: { taper: 'full', months: 36, steps: [] },
  discretionaryCompensation: { actualWeeksPay: false, multiplierPercent: 100, maximumWeeks: 104 },
  notice: { defaultWeeks: 0, byGrade: [] },
  incrementalDate: 'april_1',
};

export const STATUTORY_TRIAL_WEEKS = 4; // ERA 1996 s.138(3)(b)(i)

// Limits a pack must keep: the law's (104 weeks, 4-week trial floor) and sensible ones.
export const POLICY_LIMITS = {
  maxProtectionMonths: 60,
  maxTrialWeeks: 52,
  maxRingFenceGrades: 10,
  maxMultiplierPercent: 400,
  maxCompensationWeeks: 104, // SI 2006/2914 reg. 6
  maxNoticeWeeks: 26,
  maxGrade: 99,
  maxBands: 20,
  maxSteps: 12,
} as const;
export const MAX_POLICY_REASON = 2000;

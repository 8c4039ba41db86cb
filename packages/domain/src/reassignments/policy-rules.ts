import { gradeNumberOf, STATUTORY_TRIAL_WEEKS, type PayProtectionTaper, type PolicyPack, type ProtectionStep } from '../policy';
import { addDays, type CivilDate } from '../shared/values';
import { invalid } from './errors';
import type { AsIsPost, ToBePost } from './reassignment-rules';

// The council's policy as the reassignment rules read it. The API loads the pack in force on the
// decision's date (policyInForce) and passes these; a command without them gets the national default.
export type RingFenceRules = { gradesBelow: number | null; gradesAbove: number | null };
export type TrialRules = { maximumWeeks: number | null };
export type PayProtectionTerms = { maximumMonths: number; taper?: PayProtectionTaper; steps?: ProtectionStep[] };

export const reassignmentRulesOf = (pack: PolicyPack) => ({
  slotIn: { minimumJobMatchPercent: pack.slotInMinimumJobMatchPercent },
  ringFence: { gradesBelow: pack.ringFenceGradesBelow, gradesAbove: pack.ringFenceGradesAbove } satisfies RingFenceRules,
  trial: { maximumWeeks: pack.trialMaximumWeeks } satisfies TrialRules,
  payProtection: { maximumMonths: pack.payProtection.months, taper: pack.payProtection.taper, steps: pack.payProtection.steps } satisfies PayProtectionTerms,
});

// A trial of N weeks "beginning with" its first day ends on day 7N − 1 after it (inclusive, as
// ERA 1996 s.138(3)(b)(i) counts the statutory four weeks). The statutory end itself is the
// statutory rule's (reassignment-rules.ts); this is only the council's longest agreed trial.
export const latestAgreedTrialEnd = (startDate: CivilDate, weeks: number): CivilDate => addDays(startDate, weeks * 7 - 1);

export const requireTrialWithinPolicy = (startDate: CivilDate, endDate: CivilDate, rules: TrialRules | undefined) => {
  const weeks = rules?.maximumWeeks ?? null;
  if (weeks === null) return;
  const latest = latestAgreedTrialEnd(startDate, Math.max(weeks, STATUTORY_TRIAL_WEEKS));
  if (endDate > latest) {
    throw invalid(
      'TRIAL_LONGER_THAN_POLICY',
      `The council's policy allows a trial of at most ${weeks} weeks, even by written agreement: starting ${startDate}, it must end by ${latest}.`,
      { field: 'endDate', maximumWeeks: weeks, latest },
    );
  }
};

// A ring-fence pool draws postholders whose grade is within the council's range of each to-be
// post's grade; a grade without a number (e.g. "PO1") is not checked.
export const requireRingFenceGrades = (posts: AsIsPost[], targets: ToBePost[], rules: RingFenceRules | undefined) => {
  if (!rules || (rules.gradesBelow === null && rules.gradesAbove === null)) return;
  for (const post of posts) {
    const grade = gradeNumberOf(post.grade);
    if (grade === null) continue;
    for (const target of targets) {
      const below = target.grade - grade;
      const tooLow = rules.gradesBelow !== null && below > rules.gradesBelow;
      const tooHigh = rules.gradesAbove !== null && -below > rules.gradesAbove;
      if (tooLow || tooHigh) {
        const range = `${rules.gradesBelow ?? 'any number of'} grade(s) below to ${rules.gradesAbove ?? 'any number of'} above`;
        throw invalid(
          'RING_FENCE_GRADE_OUT_OF_RANGE',
          `Post ${post.reference} (${post.grade}) cannot be ring-fenced for ${target.title} (Grade ${target.grade}): the council's policy draws a pool from ${range} the new post's grade.`,
          { postId: post.postId, designPostId: target.designPostId },
        );
      }
    }
  }
};

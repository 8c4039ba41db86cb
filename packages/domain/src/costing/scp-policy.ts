import type { ReferenceTables } from '@orgledger/reference-data';
import { invalid } from './errors';
import type { CivilDate } from '../shared/values';
import { isDeletedOn } from './reference-lookup';

// Which SCP a post is budgeted at. 'mid' is the middle point of the grade, the lower of the two
// middle points when the grade has an even number (SCPs 30–33 → 31): budgets err low, not high.
export const SCP_POLICIES = ['bottom', 'mid', 'top', 'actual'] as const;
export type ScpPolicy = (typeof SCP_POLICIES)[number];
export type GradeScpRange = { minScp: number; maxScp: number };

export const scpPolicies: readonly ScpPolicy[] = SCP_POLICIES;
const MIN_SCP = 1;
const MAX_SCP = 99;

const isScp = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= MIN_SCP && value <= MAX_SCP;

const requireGrade = (grade: unknown): GradeScpRange => {
  const g = grade as Partial<GradeScpRange> | null;
  if (g && typeof g === 'object' && isScp(g.minScp) && isScp(g.maxScp) && g.minScp <= g.maxScp) return { minScp: g.minScp, maxScp: g.maxScp };
  throw invalid('INVALID_GRADE', `A grade runs from a lowest to a highest SCP, whole numbers from ${MIN_SCP} to ${MAX_SCP}, lowest first.`, { field: 'grade' });
};

// A point deleted from the spine (SCP 2 from 1 April 2026) is no longer part of any grade: its
// holders move up, so 'bottom' of a grade that started at SCP 2 is SCP 3 from then on. An 'actual'
// SCP that has been deleted is refused instead, naming the point its holder moves to.
export const chooseScp = (post: { grade: GradeScpRange | null; scp: number | null; policy: ScpPolicy }, tables: ReferenceTables, date: CivilDate): number => {
  if (!scpPolicies.includes(post.policy)) {
    throw invalid('INVALID_SCP_POLICY', `The SCP policy must be one of ${scpPolicies.join(', ')}; got ${String(post.policy)}.`, { field: 'policy' });
  }
  const grade = post.grade === null || post.grade === undefined ? null : requireGrade(post.grade);
  if (post.policy === 'actual') {
    if (!isScp(post.scp)) {
      throw invalid('SCP_REQUIRED', `Costing at the actual SCP needs the postholder's SCP, a whole number from ${MIN_SCP} to ${MAX_SCP}.`, { field: 'scp' });
    }
    if (grade && (post.scp < grade.minScp || post.scp > grade.maxScp)) {
      throw invalid('SCP_OUTSIDE_GRADE', `SCP ${post.scp} is outside the grade, which runs from SCP ${grade.minScp} to ${grade.maxScp}.`, {
        field: 'scp',
        ...grade,
      });
    }
    return post.scp;
  }
  if (!grade) throw invalid('GRADE_REQUIRED', `Costing at the ${post.policy} of the grade needs the grade's SCP range.`, { field: 'grade' });
  const points: number[] = [];
  for (let scp = grade.minScp; scp <= grade.maxScp; scp += 1) if (!isDeletedOn(tables, scp, date)) points.push(scp);
  if (points.length === 0) {
    throw invalid('GRADE_HAS_NO_PAY_POINTS', `Every SCP of the grade (${grade.minScp} to ${grade.maxScp}) has been deleted from the spine by ${date}.`, {
      ...grade,
      date,
    });
  }
  if (post.policy === 'bottom') return points[0];
  if (post.policy === 'top') return points[points.length - 1];
  return points[Math.floor((points.length - 1) / 2)];
};

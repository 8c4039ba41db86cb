import { invalid, notFound } from './errors';
import { compareCivilDates, requireCivilDate, requireText, type CivilDate } from '../shared/values';

// One grade of a council's pay structure: "Grade 9" runs from spinal column point (SCP) 26 to 30.
export type GradeBand = { grade: string; minScp: number; maxScp: number };
// One version of the structure. A later effective date supersedes an earlier one.
export type GradeStructure = { effectiveFrom: CivilDate; grades: GradeBand[] };
export type GradeOnDate = GradeBand & { effectiveFrom: CivilDate };

export const MAX_GRADES = 40;
export const MAX_GRADE_NAME = 40;
export const MAX_GRADE_SCP = 99; // as for establishment posts

// "grade 9", "Grade  9" and "Grade 9" name the same grade.
export const gradeKey = (grade: string): string => grade.trim().replace(/\s+/g, ' ').toLowerCase();

const isScp = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= MAX_GRADE_SCP;

// The rule: 1 to 40 grades with distinct names, listed lowest first, each a range of whole SCPs
// from 1 to 99 with min ≤ max. Each grade starts at or above the top point of the grade below
// and ends above it, so neighbouring grades share at most that one point (many councils overlap
// grades by one increment) and never more.
export const validateGradeStructure = (input: { effectiveFrom: unknown; grades: unknown }): GradeStructure => {
  const effectiveFrom = requireCivilDate('effectiveFrom', input.effectiveFrom);
  const raw = input.grades;
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_GRADES) {
    throw invalid(
      'INVALID_GRADE_STRUCTURE',
      `A grade structure lists 1 to ${MAX_GRADES} grades, lowest first; got ${Array.isArray(raw) ? raw.length : 'none'}.`,
      {
        field: 'grades',
        max: MAX_GRADES,
      },
    );
  }
  const grades: GradeBand[] = [];
  const seen = new Set<string>();
  for (const band of raw as GradeBand[]) {
    const grade = requireText('grade', band?.grade, { max: MAX_GRADE_NAME }).replace(/\s+/g, ' ');
    if (seen.has(gradeKey(grade))) {
      throw invalid('GRADE_LISTED_TWICE', `"${grade}" is listed twice; list each grade once.`, { field: 'grades', grade });
    }
    seen.add(gradeKey(grade));
    const { minScp, maxScp } = band;
    if (!isScp(minScp) || !isScp(maxScp) || minScp > maxScp) {
      throw invalid(
        'INVALID_SCP_RANGE',
        `${grade}: the SCP range must be whole points from 1 to ${MAX_GRADE_SCP}, lowest first; got ${String(minScp)} to ${String(maxScp)}.`,
        { field: 'grades', grade },
      );
    }
    const below = grades[grades.length - 1];
    if (below && (minScp < below.maxScp || maxScp <= below.maxScp)) {
      throw invalid(
        'GRADES_OVERLAP',
        `${grade} (SCP ${minScp}–${maxScp}) must start at or above the top point of ${below.grade} (SCP ${below.minScp}–${below.maxScp}) ` +
          `and end above it: grades are listed lowest first and may share at most one point.`,
        { field: 'grades', grade, below: below.grade },
      );
    }
    grades.push({ grade, minScp, maxScp });
  }
  return { effectiveFrom, grades };
};

export const sameGradeBands = (a: GradeBand[], b: GradeBand[]): boolean =>
  a.length === b.length && a.every((g, i) => g.grade === b[i].grade && g.minScp === b[i].minScp && g.maxScp === b[i].maxScp);

// The version in force on a date: the latest whose effective date is on or before it.
export const structureInForce = (structures: readonly GradeStructure[], date: CivilDate): GradeStructure | null => {
  requireCivilDate('date', date);
  let inForce: GradeStructure | null = null;
  for (const s of structures ?? []) {
    if (compareCivilDates(s.effectiveFrom, date) <= 0 && (inForce === null || s.effectiveFrom > inForce.effectiveFrom)) inForce = s;
  }
  return inForce;
};

export const gradeOn = (structures: readonly GradeStructure[], grade: string, date: CivilDate): GradeOnDate => {
  const structure = structureInForce(structures, date);
  if (!structure) {
    const earliest = [...(structures ?? [])].map((s) => s.effectiveFrom).sort()[0];
    throw notFound(
      'NO_GRADE_STRUCTURE_IN_FORCE',
      earliest
        ? `No grade structure is in force on ${date}: the earliest takes effect on ${earliest}. Set one effective on or before ${date}.`
        : `The council has no grade structure yet; set its grades before recording anything graded on ${date}.`,
      { date },
    );
  }
  const band = structure.grades.find((g) => typeof grade === 'string' && gradeKey(g.grade) === gradeKey(grade));
  if (!band) {
    const names = structure.grades.map((g) => g.grade);
    throw invalid(
      'GRADE_NOT_IN_STRUCTURE',
      `"${String(grade)}" is not a grade of the structure in force on ${date} (effective from ${structure.effectiveFrom}); ` +
        `choose one of: ${names.join(', ')}.`,
      { field: 'grade', date, effectiveFrom: structure.effectiveFrom, grades: names },
    );
  }
  return { ...band, effectiveFrom: structure.effectiveFrom };
};

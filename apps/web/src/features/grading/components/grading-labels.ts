import type { JobDescriptionStatus, JobEvaluationScheme, JobEvaluationStatus } from '../../../gql/graphql';

export const schemes: { id: JobEvaluationScheme; label: string }[] = [
  { id: 'NJC_JES', label: 'NJC job evaluation scheme' },
  { id: 'GLPC', label: 'GLPC scheme' },
  { id: 'HAY', label: 'Hay' },
  { id: 'LOCAL', label: 'Local scheme' },
];

export function schemeLabel(scheme: JobEvaluationScheme): string {
  return schemes.find((s) => s.id === scheme)?.label ?? scheme;
}

export function jdStatusLabel(status: JobDescriptionStatus, version?: number | null): string {
  const v = version ? `version ${version} ` : '';
  switch (status) {
    case 'NONE':
      return 'Not written';
    case 'DRAFT':
      return `${v}awaiting HR approval`.replace(/^./, (c) => c.toUpperCase());
    case 'CHANGES_REQUESTED':
      return `HR asked for changes to ${v || 'it '}`.trim();
    case 'APPROVED':
      return `${v}approved by HR`.replace(/^./, (c) => c.toUpperCase());
    default:
      return status;
  }
}

export function evaluationStatusLabel(status: JobEvaluationStatus): string {
  switch (status) {
    case 'NONE':
      return 'Not evaluated';
    case 'RECORDED':
      return 'Recorded, awaiting HR approval';
    case 'APPROVED':
      return 'Approved by HR';
    default:
      return status;
  }
}

// One list item a line, blank lines dropped: how accountabilities and criteria are typed.
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export type GradeBand = { grade: string; minScp: number; maxScp: number };

// "Grade 9, 25, 29" a line → the bands, or the first problem by line number.
export function parseGradeLines(text: string): { ok: true; grades: GradeBand[] } | { ok: false; error: string } {
  const lines = linesOf(text);
  if (lines.length === 0) return { ok: false, error: 'Enter at least one grade, such as Grade 9, 25, 29' };
  const grades: GradeBand[] = [];
  for (const [i, line] of lines.entries()) {
    const match = /^(.+?)\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})$/.exec(line);
    if (!match) return { ok: false, error: `Line ${i + 1} must be a grade, its lowest SCP and its highest SCP, such as Grade 9, 25, 29` };
    const [minScp, maxScp] = [Number(match[2]), Number(match[3])];
    if (minScp > maxScp) return { ok: false, error: `Line ${i + 1}: the lowest SCP cannot be above the highest` };
    grades.push({ grade: match[1]!.trim(), minScp, maxScp });
  }
  return { ok: true, grades };
}

export function gradeLinesOf(grades: readonly GradeBand[]): string {
  return grades.map((g) => `${g.grade}, ${g.minScp}, ${g.maxScp}`).join('\n');
}

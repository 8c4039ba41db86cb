import { DomainError } from '../shared/errors';
import { deciderSpec, meta } from '../testing';
import type { SetGradeStructure } from './commands';
import { gradeOn, structureInForce, validateGradeStructure, type GradeBand } from './grade-structure';
import { gradeStructureDecider, projectGradeStructure } from './grade-structure-decider';
import type { GradeStructureEvent } from './events';
import { as, northShire, southShire, structure2025, structure2026 } from './spec-fixtures';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
};
const spec = deciderSpec(gradeStructureDecider);
const set = (grades: GradeBand[], effectiveFrom = '2025-04-01', m = meta(), actorAuthorityId: string | null = null): SetGradeStructure => ({
  type: 'SetGradeStructure',
  data: { authorityId: northShire, actorAuthorityId, effectiveFrom, grades },
  metadata: m,
});
const wasSet = (grades: GradeBand[], effectiveFrom = '2025-04-01'): GradeStructureEvent => ({ type: 'GradeStructureSet', data: { effectiveFrom, grades } });
const g = (grade: string, minScp: number, maxScp: number): GradeBand => ({ grade, minScp, maxScp });

describe('when setting a grade structure', () => {
  it('records it, with grade names tidied', () => {
    spec
      .given([])
      .when(set([g(' Grade  8 ', 20, 23), g('Grade 9', 23, 27)]))
      .then([wasSet([g('Grade 8', 20, 23), g('Grade 9', 23, 27)])]);
  });

  it('records nothing when the same version is set again, and corrects a version set for the same date', () => {
    spec
      .given([wasSet(structure2025.grades)])
      .when(set(structure2025.grades))
      .then([]);
    spec
      .given([wasSet(structure2025.grades)])
      .when(set([g('Grade 9', 23, 28)]))
      .then([wasSet([g('Grade 9', 23, 28)])]);
  });

  it('lets the council’s own HR partner set it, but not another council’s, nor a service director', () => {
    spec
      .given([])
      .when(set([g('A', 1, 2)], '2025-04-01', as('hr_partner'), northShire))
      .then([wasSet([g('A', 1, 2)])]);
    spec
      .given([])
      .when(set([g('A', 1, 2)], '2025-04-01', as('hr_partner'), southShire))
      .thenThrows('GRADE_STRUCTURE_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given([])
      .when(set([g('A', 1, 2)], '2025-04-01', as('service_director'), northShire))
      .thenThrows('GRADE_STRUCTURE_NOT_ALLOWED', 'FORBIDDEN');
  });

  it('needs 1 to 40 grades and a real effective date', () => {
    const forty = Array.from({ length: 40 }, (_, i) => g(`G${i + 1}`, 2 * i + 1, 2 * i + 2));
    spec
      .given([])
      .when(set(forty))
      .then([wasSet(forty)]);
    spec
      .given([])
      .when(set([...forty, g('G41', 81, 82)]))
      .thenThrows('INVALID_GRADE_STRUCTURE');
    spec.given([]).when(set([])).thenThrows('INVALID_GRADE_STRUCTURE');
    spec
      .given([])
      .when(set([g('A', 1, 2)], '2025-02-30'))
      .thenThrows('INVALID_DATE');
  });

  it('needs distinct grade names, ignoring case and spacing', () => {
    spec
      .given([])
      .when(set([g('Grade 9', 1, 2), g('grade  9', 3, 4)]))
      .thenThrows('GRADE_LISTED_TWICE');
    spec
      .given([])
      .when(set([g(' ', 1, 2)]))
      .thenThrows('TEXT_REQUIRED');
  });

  it('needs whole SCPs from 1 to 99 with min ≤ max', () => {
    for (const [min, max] of [
      [5, 4],
      [0, 3],
      [1, 100],
      [1.5, 3],
    ])
      spec
        .given([])
        .when(set([g('A', min, max)]))
        .thenThrows('INVALID_SCP_RANGE');
    spec
      .given([])
      .when(set([g('A', 7, 7)]))
      .then([wasSet([g('A', 7, 7)])]);
  });

  it('lists grades lowest first, sharing at most one point with the grade below', () => {
    spec
      .given([])
      .when(set([g('A', 1, 5), g('B', 5, 9)]))
      .then([wasSet([g('A', 1, 5), g('B', 5, 9)])]);
    spec
      .given([])
      .when(set([g('A', 1, 5), g('B', 7, 9)]))
      .then([wasSet([g('A', 1, 5), g('B', 7, 9)])]);
    const error = spec
      .given([])
      .when(set([g('A', 1, 5), g('B', 4, 9)]))
      .thenThrows('GRADES_OVERLAP');
    expect(error.message).toContain('B (SCP 4–9) must start at or above the top point of A (SCP 1–5)');
    spec
      .given([])
      .when(set([g('B', 5, 9), g('A', 1, 5)]))
      .thenThrows('GRADES_OVERLAP');
    spec
      .given([])
      .when(set([g('A', 1, 5), g('B', 5, 5)]))
      .thenThrows('GRADES_OVERLAP');
  });
});

describe('when finding a grade on a date', () => {
  const both = [structure2026, structure2025];

  it('uses the version in force: the latest effective on or before the date', () => {
    expect(structureInForce(both, '2026-03-31')?.effectiveFrom).toBe('2025-04-01');
    expect(structureInForce(both, '2026-04-01')?.effectiveFrom).toBe('2026-04-01');
    expect(structureInForce(both, '2025-03-31')).toBeNull();
  });

  it('returns the SCP range of the grade, matching its name loosely', () => {
    expect(gradeOn(both, 'grade 9', '2025-05-20')).toEqual({ grade: 'Grade 9', minScp: 23, maxScp: 27, effectiveFrom: '2025-04-01' });
    expect(gradeOn(both, 'Band D', '2026-05-20')).toEqual({ grade: 'Band D', minScp: 26, maxScp: 31, effectiveFrom: '2026-04-01' });
  });

  it('refuses a grade that a later structure has replaced, naming the grades in force', () => {
    expect(() => gradeOn(both, 'Grade 9', '2026-05-20')).toThrow(
      '"Grade 9" is not a grade of the structure in force on 2026-05-20 (effective from 2026-04-01); choose one of: Band C, Band D.',
    );
    expect(codeOf(() => gradeOn(both, 'Grade 9', '2026-05-20'))).toBe('GRADE_NOT_IN_STRUCTURE');
  });

  it('says when no structure is in force yet', () => {
    expect(() => gradeOn(both, 'Grade 9', '2025-01-01')).toThrow('the earliest takes effect on 2025-04-01');
    expect(codeOf(() => gradeOn([], 'Grade 9', '2025-01-01'))).toBe('NO_GRADE_STRUCTURE_IN_FORCE');
    expect(codeOf(() => gradeOn(both, 'Grade 9', '2025-1-1'))).toBe('INVALID_DATE');
  });

  it('validates a structure outside the decider too', () => {
    expect(validateGradeStructure(structure2026)).toEqual(structure2026);
  });
});

describe('the grade structure read model', () => {
  it('keeps every version in effective-date order, a re-set date replacing its version', () => {
    let row = projectGradeStructure(null, wasSet(structure2026.grades, '2026-04-01'));
    row = projectGradeStructure(row, wasSet(structure2025.grades, '2025-04-01'));
    row = projectGradeStructure(row, wasSet([g('Band C', 20, 25)], '2026-04-01'));
    expect(row.structures.map((s) => [s.effectiveFrom, s.grades.length])).toEqual([
      ['2025-04-01', 3],
      ['2026-04-01', 1],
    ]);
  });
});

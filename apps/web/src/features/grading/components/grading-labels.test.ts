import { describe, expect, it } from 'vitest';
import { evaluationStatusLabel, gradeLinesOf, jdStatusLabel, linesOf, parseGradeLines } from './grading-labels';

describe('grading labels', () => {
  it('says where a job description stands, with its version', () => {
    expect(jdStatusLabel('NONE')).toBe('Not written');
    expect(jdStatusLabel('DRAFT', 2)).toBe('Version 2 awaiting HR approval');
    expect(jdStatusLabel('CHANGES_REQUESTED', 1)).toBe('HR asked for changes to version 1');
    expect(jdStatusLabel('APPROVED', 3)).toBe('Version 3 approved by HR');
    expect(evaluationStatusLabel('RECORDED')).toBe('Recorded, awaiting HR approval');
  });

  it('reads one item a line', () => {
    expect(linesOf(' Monitor KPIs \n\n  Chair contract reviews\n')).toEqual(['Monitor KPIs', 'Chair contract reviews']);
  });
});

describe('grade structure lines', () => {
  it('reads a grade, its lowest and highest SCP a line, and writes them back', () => {
    const text = 'Grade 8, 22, 25\nGrade 9 ,25,29';
    const parsed = parseGradeLines(text);
    expect(parsed).toEqual({
      ok: true,
      grades: [
        { grade: 'Grade 8', minScp: 22, maxScp: 25 },
        { grade: 'Grade 9', minScp: 25, maxScp: 29 },
      ],
    });
    expect(gradeLinesOf(parsed.ok ? parsed.grades : [])).toBe('Grade 8, 22, 25\nGrade 9, 25, 29');
  });

  it('names the line that is wrong', () => {
    expect(parseGradeLines('')).toEqual({ ok: false, error: 'Enter at least one grade, such as Grade 9, 25, 29' });
    expect(parseGradeLines('Grade 8, 22, 25\nGrade 9, 25')).toEqual({
      ok: false,
      error: 'Line 2 must be a grade, its lowest SCP and its highest SCP, such as Grade 9, 25, 29',
    });
    expect(parseGradeLines('Grade 9, 29, 25')).toEqual({ ok: false, error: 'Line 1: the lowest SCP cannot be above the highest' });
  });
});

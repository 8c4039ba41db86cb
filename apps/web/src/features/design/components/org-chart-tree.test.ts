import { describe, expect, it } from 'vitest';
import { nestOrgChart, type ChartEntry } from './org-chart-tree';

const entry = (designPostId: string, reportsTo: string | null, layer: number): ChartEntry => ({
  designPostId,
  title: designPostId,
  grade: 9,
  fte: 1000,
  reportsTo,
  layer,
  directReports: 0,
});

describe('nesting the org chart', () => {
  it('puts each post under its manager, in chart order', () => {
    const roots = nestOrgChart([entry('head', null, 1), entry('cm', 'head', 2), entry('co1', 'cm', 3), entry('co2', 'cm', 3), entry('analyst', 'head', 2)]);
    expect(roots.map((r) => r.designPostId)).toEqual(['head']);
    expect(roots[0]!.reports.map((r) => r.designPostId)).toEqual(['cm', 'analyst']);
    expect(roots[0]!.reports[0]!.reports.map((r) => r.designPostId)).toEqual(['co1', 'co2']);
  });

  it('shows a post whose manager is missing as a head, rather than losing it', () => {
    const roots = nestOrgChart([entry('head', null, 1), entry('orphan', 'gone', 2)]);
    expect(roots.map((r) => r.designPostId)).toEqual(['head', 'orphan']);
  });
});

import { compareOptions, DEFAULT_DESIGN_RULES, designChecks, designNeed, orgChart } from './org-chart';
import { head, lead, officer, option, post } from './spec-fixtures';

const chain = option([head, lead, officer]);
const reportsUnder = (manager: string, n: number) => Array.from({ length: n }, (_, i) => post(`${manager}-r${i}`, { reportsTo: manager }));

describe('orgChart', () => {
  it('builds the tree from the reporting lines, with layers and totals', () => {
    const chart = orgChart(option([officer, head, lead, post('lead-2', { reportsTo: 'head' })]));
    expect(chart.roots.map((r) => r.designPostId)).toEqual(['head']);
    expect(chart.roots[0].children.map((c) => c.designPostId)).toEqual(['lead', 'lead-2']);
    expect(chart.roots[0].children[0].children).toEqual([{ ...officer, children: [] }]);
    expect(chart).toMatchObject({ layers: 3, posts: 4, fte: 3600, indicativeCostPence: 21_000_000 });
  });

  it('shows an empty option as no layers and nothing needed', () => {
    expect(orgChart(option([]))).toEqual({ roots: [], layers: 0, posts: 0, fte: 0, indicativeCostPence: 0 });
  });

  it('shows a post whose manager is missing as a root', () => {
    expect(orgChart(option([lead])).roots.map((r) => r.designPostId)).toEqual(['lead']);
  });
});

describe('designNeed', () => {
  it('adds up FTE and indicative cost exactly', () => {
    expect(designNeed(chain)).toEqual({ fte: 2600, indicativeCostPence: 16_000_000 });
  });
});

describe('designChecks', () => {
  const head2 = [head, ...reportsUnder('head', 2)];

  it('finds nothing wrong with a head of two posts with responsibilities', () => {
    expect(designChecks(option(head2))).toEqual([]);
  });

  it('flags a manager with exactly one direct report', () => {
    expect(designChecks(option([head, lead]))).toEqual([
      { designPostId: 'head', rule: 'single_report', message: 'Head of Contract Management manages only one post; consider merging the two layers.' },
    ]);
  });

  it('flags nine direct reports against a span of eight, but not eight', () => {
    expect(designChecks(option([head, ...reportsUnder('head', 8)]))).toEqual([]);
    expect(designChecks(option([head, ...reportsUnder('head', 9)]))).toEqual([
      { designPostId: 'head', rule: 'span_too_wide', message: 'Head of Contract Management has 9 direct reports; the guide is at most 8.' },
    ]);
  });

  it('flags four layers against a limit of three', () => {
    const four = [...head2, ...reportsUnder('head-r0', 2), ...reportsUnder('head-r0-r0', 2)];
    expect(designChecks(option(four))).toEqual([{ designPostId: null, rule: 'too_many_layers', message: 'The option has 4 layers; the guide is at most 3.' }]);
  });

  it('flags two heads', () => {
    expect(designChecks(option([post('a', { title: 'Head A' }), post('b', { title: 'Head B' })]))).toEqual([
      { designPostId: null, rule: 'multiple_heads', message: 'The option has 2 heads (Head A, Head B); a function usually has one head.' },
    ]);
  });

  it('flags a post with no responsibilities', () => {
    expect(designChecks(option([post('a', { title: 'Analyst', fte: 600, responsibilities: [] })]))).toEqual([
      { designPostId: 'a', rule: 'no_responsibilities', message: 'Analyst (0.600 FTE) has no responsibilities listed yet.' },
    ]);
  });

  it('takes the rules as data', () => {
    expect(DEFAULT_DESIGN_RULES).toEqual({ maxSpan: 8, maxLayers: 3 });
    expect(designChecks(option(head2), { maxSpan: 1, maxLayers: 1 }).map((c) => c.rule)).toEqual(['too_many_layers', 'span_too_wide']);
  });
});

describe('compareOptions', () => {
  it('sets the options side by side with their totals and number of checks', () => {
    const lean = option([head, ...reportsUnder('head', 2)], 'opt-b', 'Lean');
    expect(compareOptions([option([head, lead, officer]), lean])).toEqual([
      { optionId: 'opt-a', name: 'Hub and spoke', posts: 3, fte: 2600, indicativeCostPence: 16_000_000, checks: 2 },
      { optionId: 'opt-b', name: 'Lean', posts: 3, fte: 3000, indicativeCostPence: 19_000_000, checks: 0 },
    ]);
  });
});

import { MAX_IMPORT_ROWS, parseFteText, parseMoneyText, parsePostRows, parseScpText, parseVacantText, type PostImportContext } from './post-import';
import type { PostRow } from './post';

const highways = 'svc-highways';
const context: PostImportContext = {
  knownServices: [
    { serviceId: highways, name: 'Highways and Transport' },
    { serviceId: 'svc-lib', name: 'Libraries' },
  ],
  allowPostholderNames: false,
  postIdsByReference: { 'HWY-0012': 'post-12', 'HWY-0013': 'post-13', 'LIB-1': 'post-lib-1' },
};
const row = (overrides: Partial<PostRow> = {}): PostRow => ({
  row: 2,
  reference: 'HWY-0012',
  service: 'Highways and Transport',
  title: 'Contracts officer',
  grade: 'PO3',
  scp: '31',
  fte: '0.6',
  postholderRef: 'EMP-0042',
  vacant: 'no',
  budgetedAnnualCost: '£41,200.00',
  ...overrides,
});

describe('parsing cell text', () => {
  it.each([
    ['0.6', 600],
    ['1', 1000],
    ['0.500', 500],
    ['1.', 1000],
    ['.25', 250],
    ['50', 50_000],
    ['007.5', 7500],
    ['0.001', 1],
  ])('FTE %p is %p thousandths', (text, expected) => expect(parseFteText(text)).toEqual({ value: expected }));
  it.each([
    ['0.0001', 'three decimals'],
    ['0', 'more than 0'],
    ['-0.5', 'more than 0'],
    ['50.001', 'at most 50'],
    ['99999999', 'at most 50'],
    ['abc', 'a number'],
    ['.', 'a number'],
    ['1,5', 'a number'],
  ])('FTE %p is refused (%s)', (text, why) => expect(parseFteText(text)).toEqual({ reason: expect.stringContaining(why) }));

  it.each([
    ['£41,200.00', 4_120_000],
    ['41200', 4_120_000],
    ['41,200.5', 4_120_050],
    ['£0', 0],
    ['1000000', 100_000_000],
    ['£ 1,234.56', 123_456],
    ['0.07', 7],
  ])('cost %p is %p pence', (text, expected) => expect(parseMoneyText(text)).toEqual({ value: expected }));
  it.each([
    ['-5', 'negative'],
    ['(5.00)', 'negative'],
    ['£-5', 'negative'],
    ['41.205', 'two decimals'],
    ['1000000.01', 'at most £1,000,000.00'],
    ['99999999999', 'at most'],
    ['41,20', 'in pounds'],
    ['forty', 'in pounds'],
  ])('cost %p is refused (%s)', (text, why) => expect(parseMoneyText(text)).toEqual({ reason: expect.stringContaining(why) }));

  it.each([
    ['yes', true],
    ['Y', true],
    ['TRUE', true],
    ['1', true],
    ['no', false],
    ['n', false],
    ['False', false],
    ['0', false],
    ['', false],
  ])('vacant %p is %p', (text, expected) => expect(parseVacantText(text)).toEqual({ value: expected }));
  it('refuses another vacant answer', () => expect(parseVacantText('maybe')).toHaveProperty('reason'));

  it.each([
    ['', null],
    ['1', 1],
    ['99', 99],
    ['07', 7],
  ])('SCP %p is %p', (text, expected) => expect(parseScpText(text)).toEqual({ value: expected }));
  it.each([['0'], ['100'], ['3.5'], ['PO3']])('SCP %p is refused', (text) => expect(parseScpText(text)).toHaveProperty('reason'));
});

describe('parsing a sheet', () => {
  it('turns a clean sheet into posts, matching services loosely', () => {
    const { posts, problems } = parsePostRows(
      [row(), row({ row: 3, reference: 'lib-1', service: '  libraries ', scp: '', fte: '1', postholderRef: '', vacant: 'Yes', budgetedAnnualCost: '30000' })],
      context,
    );
    expect(problems).toEqual([]);
    expect(posts).toEqual([
      {
        postId: 'post-12',
        reference: 'HWY-0012',
        serviceId: highways,
        title: 'Contracts officer',
        grade: 'PO3',
        scp: 31,
        fte: 600,
        postholderRef: 'EMP-0042',
        vacant: false,
        budgetedAnnualCostPence: 4_120_000,
      },
      {
        postId: 'post-lib-1',
        reference: 'lib-1',
        serviceId: 'svc-lib',
        title: 'Contracts officer',
        grade: 'PO3',
        scp: null,
        fte: 1000,
        postholderRef: null,
        vacant: true,
        budgetedAnnualCostPence: 3_000_000,
      },
    ]);
  });

  it('matches a service whose name has collapsed whitespace', () => {
    expect(parsePostRows([row({ service: 'HIGHWAYS   and transport' })], context).posts[0].serviceId).toBe(highways);
  });

  it('skips rows whose cells are all empty', () => {
    const blank = { row: 3, reference: '', service: '', title: '', grade: '', scp: '', fte: '', postholderRef: '', vacant: '', budgetedAnnualCost: '' };
    expect(parsePostRows([row(), blank], context)).toMatchObject({ posts: [{ reference: 'HWY-0012' }], problems: [] });
  });

  it.each<[string, Partial<PostRow>, string, string]>([
    ['a missing reference', { reference: ' ' }, 'reference', 'required'],
    ['a long reference', { reference: 'R'.repeat(41) }, 'reference', 'at most 40'],
    ['a missing service', { service: '' }, 'service', 'required'],
    ['an unknown service', { service: 'Parks' }, 'service', '"Highways and Transport", "Libraries"'],
    ['a missing title', { title: '' }, 'title', 'required'],
    ['a long title', { title: 't'.repeat(121) }, 'title', 'at most 120'],
    ['a missing grade', { grade: '' }, 'grade', 'required'],
    ['a long grade', { grade: 'g'.repeat(21) }, 'grade', 'at most 20'],
    ['a bad SCP', { scp: 'x' }, 'scp', '1 to 99'],
    ['a missing FTE', { fte: '' }, 'fte', 'required'],
    ['too many FTE decimals', { fte: '0.3333' }, 'fte', 'three decimals'],
    ['a zero FTE', { fte: '0' }, 'fte', 'more than 0'],
    ['a missing cost', { budgetedAnnualCost: '' }, 'budgetedAnnualCost', 'required'],
    ['a negative cost', { budgetedAnnualCost: '-£10' }, 'budgetedAnnualCost', 'negative'],
    ['a fraction of a penny', { budgetedAnnualCost: '10.001' }, 'budgetedAnnualCost', 'two decimals'],
    ['a bad vacant answer', { vacant: 'perhaps' }, 'vacant', 'yes or no'],
    ['a name as postholder', { postholderRef: 'Jane Smith' }, 'postholderRef', '"EMP-0042"'],
    ['a postholder on a vacant post', { vacant: 'y' }, 'postholderRef', 'vacant post has no postholder'],
  ])('reports %s', (_, cells, column, reason) => {
    const { posts, problems } = parsePostRows([row({ row: 7, ...cells })], context);
    expect(posts).toEqual([]);
    expect(problems).toEqual([{ row: 7, column, value: expect.any(String), reason: expect.stringContaining(reason) }]);
  });

  it('allows names when the tenant does', () => {
    expect(parsePostRows([row({ postholderRef: 'Jane Smith' })], { ...context, allowPostholderNames: true }).problems).toEqual([]);
  });

  it('says how many more services there are', () => {
    const knownServices = Array.from({ length: 8 }, (_, i) => ({ serviceId: `s${i}`, name: `Service ${i}` }));
    const { problems } = parsePostRows([row({ service: 'Parks' })], { ...context, knownServices });
    expect(problems[0].reason).toContain('and 3 more');
  });

  it('reports a duplicate reference on the later row, whatever its case', () => {
    const { problems } = parsePostRows([row(), row({ row: 3, reference: 'hwy-0012' })], context);
    expect(problems).toEqual([{ row: 3, column: 'reference', value: 'hwy-0012', reason: expect.stringContaining('already used on row 2') }]);
  });

  it('reports every problem of every row, with the cell value', () => {
    const { problems } = parsePostRows([row({ fte: 'lots', vacant: '?' }), row({ row: 3, reference: 'HWY-0013', budgetedAnnualCost: '-1' })], context);
    expect(problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, 'fte', 'lots'],
      [2, 'vacant', '?'],
      [3, 'budgetedAnnualCost', '-1'],
    ]);
  });

  it('refuses more than 20,000 rows with one problem', () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => row({ row: i + 2 }));
    expect(parsePostRows(rows, context)).toEqual({
      posts: [],
      problems: [{ row: MAX_IMPORT_ROWS + 2, column: '', value: '', reason: expect.stringContaining('20,001 rows of posts and the limit is 20,000') }],
    });
  });
});

import { deciderSpec, meta } from '../testing';
import type { ImportPosts } from './commands';
import { establishmentDecider, POSTS_PER_IMPORT_EVENT } from './establishment-decider';
import type { EstablishmentEvent, PostAdded } from './events';
import type { PostFields, PostRow } from './post';

const spec = deciderSpec(establishmentDecider);
const importId = '0190a000-0000-7000-8000-00000000d001';
const knownServices = [{ serviceId: 'svc-hwy', name: 'Highways' }];

const row = (n: number, overrides: Partial<PostRow> = {}): PostRow => ({
  row: n + 1,
  reference: `HWY-${n}`,
  service: 'Highways',
  title: 'Contracts officer',
  grade: 'PO3',
  scp: '',
  fte: '1',
  postholderRef: '',
  vacant: 'yes',
  budgetedAnnualCost: '40000',
  ...overrides,
});
const post = (n: number, overrides: Partial<PostFields> = {}): PostFields => ({
  postId: `new-${n}`,
  reference: `HWY-${n}`,
  serviceId: 'svc-hwy',
  title: 'Contracts officer',
  grade: 'PO3',
  scp: null,
  fte: 1000,
  postholderRef: null,
  vacant: true,
  budgetedAnnualCostPence: 4_000_000,
  ...overrides,
});
const importing = (rows: PostRow[], data: Partial<ImportPosts['data']> = {}): ImportPosts => ({
  type: 'ImportPosts',
  data: {
    importId,
    fileName: 'establishment-2025.xlsx',
    rows,
    postIdsByReference: Object.fromEntries(rows.map((r) => [r.reference.toUpperCase(), `new-${r.row - 1}`])),
    knownServices,
    allowPostholderNames: false,
    ...data,
  },
  metadata: meta(),
});
const summary = (counts: { rowCount: number; created: number; updated: number; unchanged: number }): EstablishmentEvent => ({
  type: 'EstablishmentImported',
  data: { importId, fileName: 'establishment-2025.xlsx', ...counts },
});

describe('when a clean sheet is imported into an empty establishment', () => {
  it('records the import and the new posts', () => {
    spec
      .given([])
      .when(importing([row(1), row(2)]))
      .then([summary({ rowCount: 2, created: 2, updated: 0, unchanged: 0 }), { type: 'PostsImported', data: { importId, posts: [post(1), post(2)] } }]);
  });

  it(`chunks the posts ${POSTS_PER_IMPORT_EVENT} to an event, all in one list`, () => {
    const rows = Array.from({ length: 600 }, (_, i) => row(i + 1));
    const events = establishmentDecider.decide(importing(rows), establishmentDecider.initialState);
    expect(events.map((e) => (e.type === 'PostsImported' ? e.data.posts.length : e.type))).toEqual(['EstablishmentImported', 250, 250, 100]);
  });

  it('validates the file name (1 to 200 characters)', () => {
    spec
      .given([])
      .when(importing([row(1)], { fileName: ' ' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(importing([row(1)], { fileName: 'f'.repeat(201) }))
      .thenThrows('TEXT_TOO_LONG');
  });
});

describe('when the sheet has problems', () => {
  it('imports nothing and lists every problem', () => {
    const error = spec
      .given([])
      .when(importing([row(1, { fte: '0' }), row(2), row(3, { service: 'Parks', grade: '' })]))
      .thenThrows('IMPORT_REJECTED', 'BAD_USER_INPUT');
    expect(error.message).toBe('2 rows have problems; nothing was imported. Fix them and import the sheet again.');
    expect((error.details.problems as { row: number; column: string }[]).map((p) => [p.row, p.column])).toEqual([
      [2, 'fte'],
      [4, 'service'],
      [4, 'grade'],
    ]);
  });

  it('speaks of one row in the singular', () => {
    const error = spec
      .given([])
      .when(importing([row(1, { vacant: 'no', postholderRef: 'Jo Bloggs' })]))
      .thenThrows('IMPORT_REJECTED');
    expect(error.message).toMatch(/^1 row has problems;/);
  });

  it('refuses a sheet with no posts', () => {
    spec.given([]).when(importing([])).thenThrows('IMPORT_REJECTED');
  });
});

describe('when a corrected sheet is imported again', () => {
  const first: EstablishmentEvent[] = [
    summary({ rowCount: 2, created: 2, updated: 0, unchanged: 0 }),
    { type: 'PostsImported', data: { importId, posts: [post(1), post(2)] } },
  ];

  it('updates posts by reference, keeping their ids, and leaves unchanged posts alone', () => {
    const again = importing([row(1, { reference: 'hwy-1', fte: '0.5' }), row(2), row(3)], {
      postIdsByReference: { 'HWY-1': 'fresh-1', 'HWY-2': 'fresh-2', 'HWY-3': 'new-3' },
    });
    spec
      .given(first)
      .when(again)
      .then([
        summary({ rowCount: 3, created: 1, updated: 1, unchanged: 1 }),
        { type: 'PostsImported', data: { importId, posts: [post(1, { reference: 'hwy-1', fte: 500 }), post(3)] } },
      ]);
  });

  it('records only the import when nothing changed', () => {
    spec
      .given(first)
      .when(importing([row(1), row(2)]))
      .then([summary({ rowCount: 2, created: 0, updated: 0, unchanged: 2 })]);
  });

  // Absent posts are kept on purpose: a partial sheet must not wipe out the rest of the establishment.
  it('does not remove posts missing from the sheet', () => {
    const before = first.reduce(establishmentDecider.evolve, establishmentDecider.initialState);
    const events = establishmentDecider.decide(importing([row(1, { fte: '0.5' })]), before);
    expect(events).not.toContainEqual(expect.objectContaining({ type: 'PostRemoved' }));
    const folded = events.reduce(establishmentDecider.evolve, before);
    expect(Object.keys(folded.posts).sort()).toEqual(['new-1', 'new-2']);
    expect(folded.posts['new-1'].fte).toBe(500);
  });

  it('refuses a pre-assigned id that another post already has', () => {
    const added: PostAdded = { type: 'PostAdded', data: post(9, { postId: 'new-1' }) };
    spec
      .given([added])
      .when(importing([row(1)]))
      .thenThrows('POST_ALREADY_EXISTS', 'CONFLICT');
  });
});

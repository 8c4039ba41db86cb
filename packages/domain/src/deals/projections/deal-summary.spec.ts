import {
  agreed,
  amendmentAgreed,
  amendmentProposed,
  amendmentRejected,
  bySide,
  countered,
  dealA,
  dealB,
  highways,
  proposed,
  rejected,
  smaller,
  terms,
  withdrawn,
} from '../spec-fixtures';
import { dealSummariesFrom, projectDeal, type DealSummary } from './deal-summary';

const programmeId = '0190a000-0000-7000-8000-00000000f001';
const budget = (pence: number) => [{ financialYear: '2026/27', pence }];

const opened: DealSummary = {
  dealId: dealA,
  programmeId,
  serviceId: highways,
  status: 'proposed',
  fte: 800,
  budget: budget(4_120_000),
  effectiveDate: '2026-04-01',
  linkedChange: 'Highways restructure phase 2',
  rationale: 'Contract monitoring moves to the central team.',
  agreedFte: null,
  agreedBudget: null,
  offerFte: 800,
  offerBudget: budget(4_120_000),
  awaiting: 'service',
  version: 1,
  rounds: 1,
  notes: [],
  lastActivityAt: '2026-01-10T10:00:00Z',
};

describe('projectDeal', () => {
  it('opens a row from the proposal, awaiting the service side', () => {
    expect(projectDeal(null, proposed(), { programmeId, occurredAt: '2026-01-10T10:00:00Z' })).toEqual(opened);
  });

  it('shows the counter-offer on the table, awaiting the programme side', () => {
    const row = projectDeal(opened, countered(smaller(), 'Less.'), { occurredAt: '2026-01-12T09:00:00Z' });
    expect(row).toEqual({
      ...opened,
      status: 'countered',
      fte: 600,
      budget: budget(3_090_000),
      offerFte: 600,
      offerBudget: budget(3_090_000),
      awaiting: 'programme',
      version: 2,
      rounds: 2,
      lastActivityAt: '2026-01-12T09:00:00Z',
    });
  });

  it('puts the agreed terms in force and leaves nothing awaiting', () => {
    const row = projectDeal(opened, agreed(terms()))!;
    expect(row).toMatchObject({
      status: 'agreed',
      fte: 800,
      agreedFte: 800,
      agreedBudget: budget(4_120_000),
      offerFte: null,
      offerBudget: null,
      awaiting: null,
    });
    expect(row).toMatchObject({ version: 2, rounds: 1, lastActivityAt: opened.lastActivityAt });
  });

  it('keeps the agreed terms in force while an amendment is on the table', () => {
    const agreedRow = projectDeal(opened, agreed(terms()))!;
    const pending = projectDeal(agreedRow, amendmentProposed(smaller(), 'Phase 3.', bySide.service))!;
    expect(pending).toMatchObject({ status: 'amendment_proposed', fte: 800, agreedFte: 800, offerFte: 600, awaiting: 'programme', rounds: 2, version: 3 });
    expect(projectDeal(pending, amendmentAgreed(smaller(), 'service', bySide.programme))).toMatchObject({
      status: 'agreed',
      fte: 600,
      agreedFte: 600,
      agreedBudget: budget(3_090_000),
      offerFte: null,
      awaiting: null,
      version: 4,
    });
    expect(projectDeal(pending, amendmentRejected('No.', bySide.programme))).toMatchObject({
      status: 'agreed',
      fte: 800,
      agreedFte: 800,
      offerFte: null,
      offerBudget: null,
      awaiting: null,
      version: 4,
    });
  });

  it('closes a rejected or withdrawn deal, showing the last offer', () => {
    for (const event of [rejected('No.'), withdrawn('Outsourced.')]) {
      expect(projectDeal(opened, event)).toMatchObject({
        status: event.type === 'FteDealRejected' ? 'rejected' : 'withdrawn',
        fte: 800,
        offerFte: null,
        awaiting: null,
        version: 2,
      });
    }
  });

  it('keeps notes in the order written, with who and when from the envelope, and no new version', () => {
    const first = { type: 'DealNoteAdded' as const, data: { dealId: dealA, text: 'Director agreed verbally.' } };
    const second = { type: 'DealNoteAdded' as const, data: { dealId: dealA, text: 'Written confirmation received.' } };
    const once = projectDeal(opened, first, { occurredAt: '2026-01-11T08:00:00Z', authorName: 'Casey Consultant' })!;
    const twice = projectDeal(once, second, { occurredAt: '2026-01-12T08:00:00Z', authorName: 'Dana Director' })!;
    expect(twice).toEqual({
      ...opened,
      notes: [
        { text: 'Director agreed verbally.', authorName: 'Casey Consultant', at: '2026-01-11T08:00:00Z' },
        { text: 'Written confirmation received.', authorName: 'Dana Director', at: '2026-01-12T08:00:00Z' },
      ],
      lastActivityAt: '2026-01-12T08:00:00Z',
    });
  });

  it('gives no row for an event without its stored row', () => {
    expect(projectDeal(null, agreed(terms()))).toBeNull();
    expect(projectDeal({ ...opened, dealId: dealB }, agreed(terms()))).toBeNull();
  });
});

describe('dealSummariesFrom', () => {
  it('folds a whole stream into one row per deal, in the order proposed', () => {
    const rows = dealSummariesFrom([proposed(), proposed(terms({ sourcePosts: [{ postId: 'post-2', fte: 200 }] }), dealB), agreed(terms())], { programmeId });
    expect(rows.map((r) => [r.dealId, r.status, r.fte, r.programmeId])).toEqual([
      [dealA, 'agreed', 800, programmeId],
      [dealB, 'proposed', 200, programmeId],
    ]);
  });
});

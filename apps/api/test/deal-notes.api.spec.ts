import { randomUUID } from 'node:crypto';
import { positionToString } from '@orgledger/event-store';
import { codeOf, DEMO_PASSWORD, startHarness, type GqlBody } from './support/harness';
import { addUser, base64, IMPORT_POSTS, makeAuthority } from './support/fixtures';

const DEAL = 'id version notes { text authorName at }';
const PROPOSE = `mutation($i: ProposeFteDealInput!) { proposeFteDeal(input: $i) { ${DEAL} } }`;
const NOTE = `mutation($i: AddDealNoteInput!) { addDealNote(input: $i) { ${DEAL} } }`;
const DEAL_AS_OF = `query($id: ID!, $at: String) { fteDeal(id: $id, asOf: $at) { ${DEAL} } }`;
const HISTORY = `query($f: DecisionHistoryFilter!) { decisionHistory(filter: $f, first: 50) { items { eventType sentence actorName } } }`;

const verbal = 'Director agreed verbally on 3 Dec; written confirmation to follow.';
// The refusal as a user sees it, with the deal's id taken out (an unknown id is named in the message).
const refusal = (body: GqlBody, id: string) => {
  const [error] = body.errors!;
  return { message: error.message.replace(id, '<id>'), code: error.extensions!.code, errorCode: error.extensions!.errorCode };
};

describe('notes on an FTE deal', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let consultant: string;
  let director: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  let dealId: string;

  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, consultant, 'Noteshire Council');
    const sheet = ['Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost', 'HWY-1,Highways,Officer,G6,17,1,EMP-1,no,36400'].join('\n');
    await h.gql(consultant, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
    const posts = (await h.gql(consultant, 'query($a: ID!) { posts(authorityId: $a) { id } }', { a: t.authorityId })).body.data!.posts as { id: string }[];
    await addUser(h, {
      email: 'roads@noteshire.example',
      displayName: 'Rhea Roads',
      role: 'SERVICE_DIRECTOR',
      password: DEMO_PASSWORD,
      authorityId: t.authorityId,
      serviceId: t.services.Highways,
    });
    director = await h.signIn('roads@noteshire.example');
    const terms = {
      sourcePosts: [{ postId: posts[0].id, fte: 500 }],
      budget: [{ financialYear: '2026/27', pence: 2_000_000 }],
      effectiveDate: '2027-04-01',
      linkedChange: '',
      rationale: 'Contract monitoring moves to the central team',
    };
    dealId = (await h.gql(consultant, PROPOSE, { i: { programmeId: t.programmeId, serviceId: t.services.Highways, terms } })).body.data!.proposeFteDeal.id;
  });
  afterAll(() => h.close());

  it('keeps notes newest last, trimmed, with who and when, without a new version; in the decision history; as they were at an earlier moment', async () => {
    const first = await h.gql(consultant, NOTE, { i: { dealId, text: `  ${verbal}\n` } });
    expect(first.body.errors).toBeUndefined();
    const [stored] = (await h.eventsSince(null)).filter((e) => e.type === 'DealNoteAdded' && e.data.dealId === dealId);
    expect(stored).toMatchObject({ data: { dealId, text: verbal }, metadata: { actor: { displayName: 'Alex Morgan', role: 'consultant' } } });
    expect(first.body.data!.addDealNote).toEqual({
      id: dealId,
      version: 1,
      notes: [{ text: verbal, authorName: 'Alex Morgan', at: stored.metadata.occurredAt }],
    });

    const second = await h.gql(director, NOTE, { i: { dealId, text: 'Written confirmation received.' } });
    expect(second.body.data!.addDealNote.notes.map((n: { text: string; authorName: string }) => [n.authorName, n.text])).toEqual([
      ['Alex Morgan', verbal],
      ['Rhea Roads', 'Written confirmation received.'],
    ]);

    const history = (await h.gql(consultant, HISTORY, { f: { authorityId: t.authorityId, entityId: dealId } })).body.data!.decisionHistory.items;
    expect(history.filter((i: { eventType: string }) => i.eventType === 'DealNoteAdded').map((i: { sentence: string }) => i.sentence)).toEqual([
      'Service director of Highways (invited by Priya Shah) added a note to the Highways deal: "Written confirmation received."',
      `Consultant Alex Morgan (invited by OrgLedger operator) added a note to the Highways deal: "${verbal}"`,
    ]);

    const then = await h.gql(consultant, DEAL_AS_OF, { id: dealId, at: positionToString(stored.position) });
    expect(then.body.data!.fteDeal.notes.map((n: { text: string }) => n.text)).toEqual([verbal]);
  });

  it('applies a repeated request once (same command id)', async () => {
    const commandId = randomUUID();
    const once = await h.gql(consultant, NOTE, { i: { dealId, text: 'Said twice, kept once.', commandId } });
    const before = await h.eventCount();
    const again = await h.gql(consultant, NOTE, { i: { dealId, text: 'Said twice, kept once.', commandId } });
    expect(await h.eventCount()).toBe(before);
    expect(again.body.data!.addDealNote).toEqual(once.body.data!.addDealNote);
    expect(again.body.data!.addDealNote.notes.filter((n: { text: string }) => n.text === 'Said twice, kept once.')).toHaveLength(1);
  });

  it("answers another tenant's deal exactly like an unknown one, and appends nothing", async () => {
    const other = await h.signIn(h.other.adminEmail);
    const theirs = await h.refused(other, NOTE, { i: { dealId, text: verbal } }, 'NOT_FOUND', 'DEAL_NOT_FOUND');
    const unknownId = randomUUID();
    const unknown = await h.refused(consultant, NOTE, { i: { dealId: unknownId, text: verbal } }, 'NOT_FOUND', 'DEAL_NOT_FOUND');
    expect(refusal(theirs.body, dealId)).toEqual(refusal(unknown.body, unknownId));
  });

  it('refuses roles that may not act on deals, and a director of another service sees no such deal', async () => {
    const auditor = await h.signIn('auditor@meridian.example');
    await h.refused(auditor, NOTE, { i: { dealId, text: verbal } }, 'FORBIDDEN');
    await addUser(h, {
      email: 'bins@noteshire.example',
      displayName: 'Wes Waste',
      role: 'SERVICE_DIRECTOR',
      password: DEMO_PASSWORD,
      authorityId: t.authorityId,
      serviceId: t.services.Waste,
    });
    const waste = await h.signIn('bins@noteshire.example');
    await h.refused(waste, NOTE, { i: { dealId, text: verbal } }, 'NOT_FOUND', 'DEAL_NOT_FOUND');
  });

  it('refuses an empty or too long note with a clear message, and appends nothing', async () => {
    const empty = await h.refused(consultant, NOTE, { i: { dealId, text: '   ' } }, 'BAD_USER_INPUT', 'TEXT_REQUIRED');
    expect(empty.body.errors![0].message).toBe('Note is required: enter between 1 and 2000 characters.');
    const long = await h.refused(consultant, NOTE, { i: { dealId, text: 'x'.repeat(2001) } }, 'BAD_USER_INPUT', 'TEXT_TOO_LONG');
    expect(long.body.errors![0].message).toBe('Note is too long: it has 2001 characters and the limit is 2000.');
    expect(codeOf((await h.gql(consultant, NOTE, { i: { dealId, text: 'x'.repeat(2000) } })).body)).toBeUndefined();
  });
});

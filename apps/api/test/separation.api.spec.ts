import { startHarness } from './support/harness';
import { addUser, base64, IMPORT_POSTS, makeCostedProgramme } from './support/fixtures';

// Issue #13 item 5, as reproduced: a consultant makes a council approver's account (holding the
// invitation link, they choose its password) and approves their own work through it.
const SIGN = 'mutation($i: SignOffBudgetInput!) { signOffBudget(input: $i) { signOffs { note } } }';
const PROPOSE = 'mutation($i: ProposeFteDealInput!) { proposeFteDeal(input: $i) { id } }';
const AGREE = 'mutation($i: DealStepInput!) { agreeFteDeal(input: $i) { status } }';
const HISTORY = `query($f: DecisionHistoryFilter!) { decisionHistory(filter: $f, first: 50) { items { eventType actorName actorInvitedBy sentence } } }`;

describe('separation of duties: nobody approves the proposals of whoever created or invited their account', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let consultant: string;
  let t: Awaited<ReturnType<typeof makeCostedProgramme>>;
  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeCostedProgramme(h, consultant, 'Dutyshire'); // its council users are invited by the tenant admin
  });
  afterAll(() => h.close());

  it('refuses the budget sign-off of a finance partner the preparing consultant invited; one the admin invited signs', async () => {
    const rogue = await addUser(
      h,
      {
        email: 'rogue.finance@dutyshire.example',
        displayName: 'Rogue Finance',
        role: 'FINANCE_PARTNER',
        authorityId: t.authorityId,
        password: 'chosen-by-the-consultant-7',
      },
      consultant,
    );
    const i = { programmeId: t.programmeId, financialYear: '2025/26', note: 'Affordable within the MTFS' };
    const res = await h.refused(rogue.token, SIGN, { i }, 'FORBIDDEN', 'BUDGET_SIGNER_INVITED_BY_PREPARER');
    expect(res.body.errors![0].message).toContain('Alex Morgan');
    expect((await h.gql(t.users.FINANCE_PARTNER, SIGN, { i })).body.data!.signOffBudget.signOffs).toHaveLength(1);

    // The decision history names who invited the signer.
    const items = (await h.gql(consultant, HISTORY, { f: { authorityId: t.authorityId, eventType: 'FunctionBudgetSignedOff' } })).body.data!.decisionHistory
      .items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ actorName: 'Dutyshire FINANCE_PARTNER', actorInvitedBy: 'Priya Shah' });
    expect(items[0].sentence).toContain('(invited by Priya Shah)');
  });

  it('refuses a service director the proposing consultant invited agreeing the deal; one the admin invited agrees', async () => {
    const sheet = ['Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost', 'HWY-1,Highways,Officer,Grade 8,25,1,EMP-1,no,45100'].join(
      '\n',
    );
    await h.gql(consultant, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
    const posts = (await h.gql(consultant, 'query($a: ID!) { posts(authorityId: $a) { id reference } }', { a: t.authorityId })).body.data!.posts;
    const terms = {
      sourcePosts: [{ postId: posts[0].id, fte: 500 }],
      budget: [{ financialYear: '2026/27', pence: 2_000_000 }],
      effectiveDate: '2027-04-01',
      linkedChange: 'Highways review',
      rationale: 'Contract work moves',
    };
    const deal = (await h.gql(consultant, PROPOSE, { i: { programmeId: t.programmeId, serviceId: t.services.Highways, terms } })).body.data!.proposeFteDeal.id;
    const director = { role: 'SERVICE_DIRECTOR', authorityId: t.authorityId, serviceId: t.services.Highways };
    const rogue = await addUser(
      h,
      { ...director, email: 'rogue.roads@dutyshire.example', displayName: 'Rogue Roads', password: 'chosen-by-the-consultant-8' },
      consultant,
    );
    await h.refused(rogue.token, AGREE, { i: { dealId: deal } }, 'FORBIDDEN', 'APPROVER_INVITED_BY_PROPOSER');

    const real = await addUser(h, { ...director, email: 'roads@dutyshire.example', displayName: 'Robin Roads' });
    expect((await h.gql(real.token, AGREE, { i: { dealId: deal } })).body.data!.agreeFteDeal.status).toBe('AGREED');
    const items = (await h.gql(consultant, HISTORY, { f: { authorityId: t.authorityId, eventType: 'FteDealAgreed' } })).body.data!.decisionHistory.items;
    expect(items[0]).toMatchObject({ actorName: 'Robin Roads', actorInvitedBy: 'Priya Shah' });
  });
});

import { codeOf, startHarness } from './support/harness';
import { base64, IMPORT_POSTS, makeCostedProgramme } from './support/fixtures';

type H = Awaited<ReturnType<typeof startHarness>>;

// The law in the full cost and the exit costs, through the real app: apprentice NI relief and
// allowances by type on a design post (version 2 of the design post events), the £751 cap.
const ADD = `mutation($i: AddDesignPostInput!) { addDesignPost(input: $i) { designPostId
  design { options { id posts { id title apprenticeship holderAgeBand allowances { type pencePerYear } } } } } }`;
const REVISE = 'mutation($i: ReviseDesignPostInput!) { reviseDesignPost(input: $i) { designPostId } }';
const COST = `query($p: ID!, $fy: String!) { optionCost(programmeId: $p, financialYear: $fy, policy: TOP) {
  posts { designPostId title salaryPence niPence lgpsPence allowancesPence pensionableAllowancesPence totalPence
    basis { niRelief { category thresholdPenceYear } notes } } } }`;

describe('costing law through the API', () => {
  let h: H;
  let consultant: string;
  let t: Awaited<ReturnType<typeof makeCostedProgramme>>;
  const post = (extra: Record<string, unknown>) => ({
    programmeId: t.programmeId,
    optionId: t.optionId,
    title: 'Contract Management Apprentice',
    grade: 9,
    fte: 1000,
    responsibilities: ['Keep the contracts register'],
    indicativeCostPence: 2_500_000,
    ...extra,
  });
  const costOf = async (designPostId: string, fy = '2026/27') => {
    const res = await h.gql(consultant, COST, { p: t.programmeId, fy });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.optionCost.posts.find((p: { designPostId: string }) => p.designPostId === designPostId);
  };

  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeCostedProgramme(h, consultant, 'Lawshire');
  });
  afterAll(() => h.close());

  it('records an apprenticeship with the holder aged 21 to 24 in a version 2 event, and costs it with no employer NI below £50,270', async () => {
    const before = await h.eventCount();
    const res = await h.gql(consultant, ADD, { i: post({ apprenticeship: true, holderAgeBand: 'AGED_21_TO_24' }) });
    expect(res.body.errors).toBeUndefined();
    const { designPostId } = res.body.data!.addDesignPost;
    const appended = (await h.eventsSince(null)).slice(before);
    expect(appended.map((e) => [e.type, e.metadata.schemaVersion])).toEqual([['DesignPostAdded', 2]]);
    expect(appended[0].data).toMatchObject({ post: { apprenticeship: true, holderAgeBand: 'aged_21_to_24', allowances: [] } });
    const shown = res.body.data!.addDesignPost.design.options[0].posts.find((p: { id: string }) => p.id === designPostId);
    expect(shown).toMatchObject({ apprenticeship: true, holderAgeBand: 'AGED_21_TO_24', allowances: [] });
    // Grade 9 at the top, SCP 33, £44,075 in 2026/27: below the apprentice upper secondary threshold, so NI £0.
    expect(await costOf(designPostId)).toMatchObject({ niPence: 0, basis: { niRelief: { category: 'H', thresholdPenceYear: 5_027_000 }, notes: [] } });

    // The holder is 25: the full rate, 15% × (£44,075 − £5,000) = £5,861.25.
    await h.gql(consultant, REVISE, { i: { ...post({ apprenticeship: true, holderAgeBand: 'AGED_25_OR_OVER' }), designPostId } });
    expect(await costOf(designPostId)).toMatchObject({ niPence: 586_125, basis: { niRelief: null } });

    // Age band unknown: the full rate, and the basis says why.
    await h.gql(consultant, REVISE, { i: { ...post({ apprenticeship: true, holderAgeBand: null }), designPostId } });
    const unknown = await costOf(designPostId);
    expect(unknown.niPence).toBe(586_125);
    expect(unknown.basis.notes[0]).toContain('age band unknown: employer NI charged at the full rate');
  });

  it('charges LGPS on a market supplement and not on an expense allowance', async () => {
    const allowances = [
      { type: 'MARKET_SUPPLEMENT', pencePerYear: 300_000 },
      { type: 'EXPENSES', pencePerYear: 100_000 },
    ];
    const res = await h.gql(consultant, ADD, { i: post({ title: 'Senior Contract Manager', allowances }) });
    expect(res.body.errors).toBeUndefined();
    // LGPS 21.1% × (£44,075 + £3,000) = £9,932.825 → £9,932.83; the £1,000 of expenses is not pensionable (reg. 20(2)(b)).
    expect(await costOf(res.body.data!.addDesignPost.designPostId)).toMatchObject({
      lgpsPence: 993_283,
      allowancesPence: 400_000,
      pensionableAllowancesPence: 300_000,
    });
  });

  it('refuses an allowance of no pence and an unknown age band, appending nothing; a Finance partner cannot add posts', async () => {
    await h.refused(consultant, ADD, { i: post({ allowances: [{ type: 'HONORARIUM', pencePerYear: 0 }] }) }, 'BAD_USER_INPUT', 'INVALID_MONEY');
    const res = await h.gql(consultant, ADD, { i: post({ holderAgeBand: 'AGED_24' }) });
    expect(codeOf(res.body)).toBe('BAD_USER_INPUT');
    await h.refused(t.users.FINANCE_PARTNER, ADD, { i: post({ apprenticeship: true }) }, 'FORBIDDEN');
  });

  it('gives another tenant’s programme the same answer as an unknown one', async () => {
    const other = await h.signIn(h.other.adminEmail);
    const theirs = await h.gql(other, ADD, { i: post({ apprenticeship: true }) });
    const unknownId = '0190a000-0000-7000-8000-00000000dead';
    const unknown = await h.gql(other, ADD, { i: { ...post({ apprenticeship: true }), programmeId: unknownId } });
    expect(codeOf(theirs.body)).toBe('NOT_FOUND');
    expect(theirs.body.errors![0].message.replace(t.programmeId, '…')).toBe(unknown.body.errors![0].message.replace(unknownId, '…'));
  });

  it('pays statutory redundancy at £751 a week for a dismissal on 6 April 2026, £719 on 5 April', async () => {
    const sheet = [
      'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
      'LAW-1,Highways,Commissioning Officer,Grade 9,30,1,EMP-1,no,51300',
    ];
    await h.gql(consultant, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet.join('\n')) } });
    const posts = (await h.gql(consultant, 'query($a: ID!) { posts(authorityId: $a) { id reference } }', { a: t.authorityId })).body.data!.posts;
    const postId = posts.find((p: { reference: string }) => p.reference === 'LAW-1').id;
    await h.gql(consultant, 'mutation($i: MarkAtRiskInput!) { markAtRisk(input: $i) { outcome } }', {
      i: { programmeId: t.programmeId, postId, reason: 'No slot-in match' },
    });
    const RECORD =
      'mutation($i: RecordExitCostInputsInput!) { recordExitCostInputs(input: $i) { postId statutoryRedundancyPay { pence weeklyPayUsedPence capTableId } } }';
    const payOf = (body: { data?: Record<string, any> | null }) =>
      body.data!.recordExitCostInputs.find((r: { postId: string }) => r.postId === postId).statutoryRedundancyPay;
    const facts = (dismissalDate: string) => ({
      i: { programmeId: t.programmeId, postId, age: 64, completeYearsService: 30, weeklyPayPence: 150_000, pensionMember: false, dismissalDate },
    });
    // 20 years at 41 or over: 30 weeks × £719 = £21,570; × £751 = £22,530 (the maximum from 6 April 2026).
    const res = await h.gql(consultant, RECORD, facts('2026-04-05'));
    expect(res.body.errors).toBeUndefined();
    const before = payOf(res.body);
    expect(before).toEqual({ pence: 2_157_000, weeklyPayUsedPence: 71_900, capTableId: 'statutory-redundancy-2025-26' });
    const after = payOf((await h.gql(consultant, RECORD, facts('2026-04-06'))).body);
    expect(after).toEqual({ pence: 2_253_000, weeklyPayUsedPence: 75_100, capTableId: 'statutory-redundancy-2026-27' });
  });

  it('seeds the demo’s apprentice post as an apprenticeship with the holder under 25', async () => {
    const programmes = (await h.gql(consultant, '{ programmes { id authorityId } }')).body.data!.programmes;
    const northshire = programmes.find((x: { authorityId: string }) => x.authorityId === h.demo.authorities.northshire).id;
    const design = (
      await h.gql(consultant, 'query($p: ID!) { functionDesign(programmeId: $p) { options { posts { title apprenticeship holderAgeBand } } } }', {
        p: northshire,
      })
    ).body.data!.functionDesign;
    const apprentices = design.options.flatMap((o: { posts: { title: string }[] }) => o.posts).filter((p: { title: string }) => /Apprentice/.test(p.title));
    expect(apprentices.length).toBeGreaterThan(0);
    for (const p of apprentices) expect(p).toMatchObject({ apprenticeship: true, holderAgeBand: 'AGED_21_TO_24' });
  });
});

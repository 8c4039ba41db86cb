import { codeOf, startHarness } from './support/harness';
import { base64, IMPORT_POSTS, makeAuthority } from './support/fixtures';

const TAXONOMY = 'query($p: ID!) { activityTaxonomy(programmeId: $p) { id parentId name contractManagement retired } }';
const SUBMIT = 'mutation($i: SubmitActivityReturnInput!) { submitActivityReturn(input: $i) { returnId posts } }';
const ANALYSIS = `query($p: ID!, $t: Int) { activityAnalysis(programmeId: $p, thresholdPercent: $t) {
  headline roundingRule totalFte totalCostPence postsAnalysed postsWithContractManagement substantivePosts fractionalPosts
  byService { serviceName fte costPence posts substantivePosts } byActivity { name fte costPence } } }`;

describe('activity analysis', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  let act: Record<string, string>;
  let post: Record<string, string>;
  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, token, 'Analysisshire Council');
    const sheet = [
      'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
      'HWY-1,Highways,Officer,G6,17,0.6,EMP-1,no,36400',
      'HWY-2,Highways,Engineer,G9,29,1,EMP-2,no,50200',
      'WST-1,Waste,Contracts Officer,G9,30,1,,yes,51300.50',
    ].join('\n');
    await h.gql(token, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
    const activities = (await h.gql(token, TAXONOMY, { p: t.programmeId })).body.data!.activityTaxonomy as { id: string; name: string }[];
    act = Object.fromEntries(activities.map((a) => [a.name, a.id]));
    const posts = (await h.gql(token, 'query($a: ID!) { posts(authorityId: $a) { id reference } }', { a: t.authorityId })).body.data!.posts as {
      id: string;
      reference: string;
    }[];
    post = Object.fromEntries(posts.map((p) => [p.reference, p.id]));
  });
  afterAll(() => h.close());

  it('seeds every new programme with the standard contract-management activities', async () => {
    const activities = (await h.gql(token, TAXONOMY, { p: t.programmeId })).body.data!.activityTaxonomy;
    expect(activities.filter((a: { contractManagement: boolean }) => a.contractManagement).length).toBeGreaterThanOrEqual(8);
    expect(act['Other work']).toBeDefined();
  });

  it('answers "no returns yet" before any return', async () => {
    const res = await h.gql(token, ANALYSIS, { p: t.programmeId });
    expect(res.body.data!.activityAnalysis.headline).toMatch(/^No activity returns yet/);
  });

  it('computes contract-management FTE and cost exactly, by service and by activity', async () => {
    const sp = 'Supplier performance and KPI monitoring';
    const cv = 'Contract variations and change control';
    const pv = 'Payment and invoice validation';
    await h.gql(token, SUBMIT, {
      i: {
        programmeId: t.programmeId,
        serviceId: t.services.Highways,
        reason: 'Workshop 3 October',
        posts: [
          {
            postId: post['HWY-1'],
            shares: [
              { activityId: act[sp], percent: 40 },
              { activityId: act[cv], percent: 20 },
              { activityId: act['Other work'], percent: 40 },
            ],
          },
          {
            postId: post['HWY-2'],
            shares: [
              { activityId: act[sp], percent: 10 },
              { activityId: act['Other work'], percent: 90 },
            ],
          },
        ],
      },
    });
    const waste = await h.gql(token, SUBMIT, {
      i: { programmeId: t.programmeId, serviceId: t.services.Waste, posts: [{ postId: post['WST-1'], shares: [{ activityId: act[pv], percent: 50 }] }] },
    });
    expect(waste.body.data!.submitActivityReturn).toEqual({ returnId: expect.any(String), posts: 1 });
    // By hand: HWY-1 0.6 FTE × 60% = 0.360, £36,400 × 60% = £21,840; HWY-2 1.0 × 10% = 0.100, £5,020;
    // WST-1 1.0 × 50% = 0.500, £51,300.50 × 50% = £25,650.25. Total 0.960 FTE, £52,510.25.
    const a = (await h.gql(token, ANALYSIS, { p: t.programmeId })).body.data!.activityAnalysis;
    expect(a).toMatchObject({
      headline: '1.0 FTE of contract-management time across 3 posts, but only 2 posts where it is at least half the job',
      totalFte: 960,
      totalCostPence: 5_251_025,
      postsAnalysed: 3,
      postsWithContractManagement: 3,
      substantivePosts: 2,
      fractionalPosts: 1,
    });
    expect(a.byService).toEqual(
      expect.arrayContaining([
        { serviceName: 'Highways', fte: 460, costPence: 2_686_000, posts: 2, substantivePosts: 1 },
        { serviceName: 'Waste', fte: 500, costPence: 2_565_025, posts: 1, substantivePosts: 1 },
      ]),
    );
    expect(a.byActivity).toEqual(
      expect.arrayContaining([
        { name: sp, fte: 340, costPence: 1_958_000 },
        { name: cv, fte: 120, costPence: 728_000 },
        { name: pv, fte: 500, costPence: 2_565_025 },
      ]),
    );
    expect(a.roundingRule.length).toBeGreaterThan(20);
    const strict = (await h.gql(token, ANALYSIS, { p: t.programmeId, t: 55 })).body.data!.activityAnalysis;
    expect(strict.substantivePosts).toBe(1);
  });

  it('lets a new return supersede the last for its posts, keeping both in the history', async () => {
    await h.gql(token, SUBMIT, {
      i: {
        programmeId: t.programmeId,
        serviceId: t.services.Waste,
        posts: [{ postId: post['WST-1'], shares: [{ activityId: act['Payment and invoice validation'], percent: 30 }] }],
      },
    });
    const a = (await h.gql(token, ANALYSIS, { p: t.programmeId })).body.data!.activityAnalysis;
    expect(a.totalFte).toBe(760);
    const returns = (await h.eventsSince(null)).filter((e) => e.type === 'ActivityReturnSubmitted' && e.metadata.authorityId === t.authorityId);
    expect(returns).toHaveLength(3);
  });

  it('refuses shares over 100%, a post of another service and unknown activities, writing nothing', async () => {
    const before = await h.eventCount();
    const over = await h.gql(token, SUBMIT, {
      i: {
        programmeId: t.programmeId,
        serviceId: t.services.Highways,
        posts: [
          {
            postId: post['HWY-1'],
            shares: [
              { activityId: act['Other work'], percent: 70 },
              { activityId: act['Payment and invoice validation'], percent: 40 },
            ],
          },
        ],
      },
    });
    expect(codeOf(over.body)).toBe('BAD_USER_INPUT');
    expect(over.body.errors![0].message).toContain('HWY-1');
    const wrongService = await h.gql(token, SUBMIT, {
      i: { programmeId: t.programmeId, serviceId: t.services.Highways, posts: [{ postId: post['WST-1'], shares: [] }] },
    });
    expect(codeOf(wrongService.body)).toBe('BAD_USER_INPUT');
    const unknown = await h.gql(token, SUBMIT, {
      i: {
        programmeId: t.programmeId,
        serviceId: t.services.Highways,
        posts: [{ postId: post['HWY-1'], shares: [{ activityId: '0190a0a0-0000-7000-8000-000000000000', percent: 10 }] }],
      },
    });
    expect(codeOf(unknown.body)).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    expect(await h.eventCount()).toBe(before);
  });

  it('lets a service director return only for their own service, through the portal', async () => {
    const director = await h.signIn('director.highways@northshire.example');
    const programmes = (await h.gql(director, '{ programmes { id authorityId } }')).body.data!.programmes;
    const northshire = programmes[0];
    const services = (await h.gql(director, 'query($id: ID!) { authority(id: $id) { services { id name } } }', { id: northshire.authorityId })).body.data!
      .authority.services as { id: string; name: string }[];
    const highways = services.find((s) => s.name === 'Highways')!.id;
    const waste = services.find((s) => s.name === 'Waste and Recycling')!.id;
    const mine = (await h.gql(director, 'query($a: ID!) { posts(authorityId: $a) { id } }', { a: northshire.authorityId })).body.data!.posts as {
      id: string;
    }[];
    const other = (await h.gql(director, TAXONOMY, { p: northshire.id })).body.data!.activityTaxonomy.find((a: { name: string }) => a.name === 'Other work').id;
    const ok = await h.gql(director, SUBMIT, {
      i: { programmeId: northshire.id, serviceId: highways, posts: [{ postId: mine[0].id, shares: [{ activityId: other, percent: 100 }] }] },
    });
    expect(ok.body.errors).toBeUndefined();
    const before = await h.eventCount();
    const theirs = await h.gql(director, SUBMIT, { i: { programmeId: northshire.id, serviceId: waste, posts: [{ postId: mine[0].id, shares: [] }] } });
    expect(codeOf(theirs.body)).toBe('FORBIDDEN');
    const shares = (await h.gql(director, 'query($p: ID!) { activityShares(programmeId: $p) { serviceId } }', { p: northshire.id })).body.data!.activityShares;
    expect(new Set(shares.map((s: { serviceId: string }) => s.serviceId))).toEqual(new Set([highways]));
    const other2 = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other2, ANALYSIS, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    expect(await h.eventCount()).toBe(before);
  });
});

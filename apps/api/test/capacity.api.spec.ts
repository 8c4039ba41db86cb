import { codeOf, startHarness } from './support/harness';
import { base64, IMPORT_POSTS, makeAuthority } from './support/fixtures';

const MODEL = `query($p: ID!) { capacityModel(programmeId: $p) {
  tiers { tier contracts hoursPerContract hours fte } hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule
  assumptions { isDefault fromTemplateId productiveHoursPerFte hoursPerContract { tier hours } } } }`;
const SET =
  'mutation($i: SetCapacityAssumptionsInput!) { setCapacityAssumptions(input: $i) { tiers { tier fte } demandFte supplyFte gapFte tiersWithoutHours assumptions { isDefault } } }';
const SUBMIT = 'mutation($i: SubmitActivityReturnInput!) { submitActivityReturn(input: $i) { returnId } }';
const ANALYSIS = 'query($p: ID!) { activityAnalysis(programmeId: $p) { totalFte } }';

const POSTS = [
  'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
  'HWY-1,Highways,Contracts Officer,G9,30,1,EMP-1,no,51300',
  'WST-1,Waste,Officer,G6,17,0.5,EMP-2,no,18200',
].join('\n');
// Under the default bands: two Gold (annual value of £1m or more), three Silver (£250,000 or more, or
// medium risk) and four Bronze.
const CONTRACTS = [
  'Reference,Title,Supplier,Service,Annual value,Whole-life value,Start date,End date,Risk',
  'G-1,Highways maintenance,Roads Ltd,Highways,1000000,5000000,2025-04-01,2030-03-31,low',
  'G-2,Waste collection,Bins Ltd,Waste,2500000,20000000,2025-04-01,2033-03-31,low',
  'S-1,Gully cleansing,Drains Ltd,Highways,250000,1000000,2025-04-01,2029-03-31,low',
  'S-2,Recycling centres,Tips Ltd,Waste,400000,2000000,2025-04-01,2030-03-31,low',
  'S-3,Bridge inspections,Spans LLP,Highways,100000,400000,2025-04-01,2029-03-31,medium',
  'B-1,Road markings,Lines Ltd,Highways,249999.99,999999.96,2025-04-01,2029-03-31,low',
  'B-2,Bulky waste,ReUse CIC,Waste,95000,285000,2025-04-01,2028-03-31,low',
  'B-3,Clinical waste,Medi Ltd,Waste,70000,210000,2025-04-01,2028-03-31,low',
  'B-4,Street cleansing,Clean Ltd,Waste,10000,30000,2025-04-01,2028-03-31,low',
].join('\n');

describe('capacity model', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  let northshireProgramme: string;
  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, token, 'Capacityshire Council');
    await h.gql(token, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(POSTS) } });
    const posts = (await h.gql(token, 'query($a: ID!) { posts(authorityId: $a) { id reference } }', { a: t.authorityId })).body.data!.posts as {
      id: string;
      reference: string;
    }[];
    const post = Object.fromEntries(posts.map((p) => [p.reference, p.id]));
    const activities = (await h.gql(token, 'query($p: ID!) { activityTaxonomy(programmeId: $p) { id name } }', { p: t.programmeId })).body.data!
      .activityTaxonomy as { id: string; name: string }[];
    const act = Object.fromEntries(activities.map((a) => [a.name, a.id]));
    // Supply by hand: HWY-1 1.0 FTE × 40% = 0.400; WST-1 0.5 FTE × 20% = 0.100; 0.500 FTE in all.
    await h.gql(token, SUBMIT, {
      i: {
        programmeId: t.programmeId,
        serviceId: t.services.Highways,
        posts: [
          {
            postId: post['HWY-1'],
            shares: [
              { activityId: act['Supplier performance and KPI monitoring'], percent: 40 },
              { activityId: act['Other work'], percent: 60 },
            ],
          },
        ],
      },
    });
    await h.gql(token, SUBMIT, {
      i: {
        programmeId: t.programmeId,
        serviceId: t.services.Waste,
        posts: [
          {
            postId: post['WST-1'],
            shares: [
              { activityId: act['Payment and invoice validation'], percent: 20 },
              { activityId: act['Other work'], percent: 80 },
            ],
          },
        ],
      },
    });
    const imported = await h.gql(token, 'mutation($i: ImportTargetContractsInput!) { importTargetContracts(input: $i) { created } }', {
      i: { programmeId: t.programmeId, fileName: 'register.csv', contentBase64: base64(CONTRACTS) },
    });
    expect(imported.body.data!.importTargetContracts.created).toBe(9);
    northshireProgramme = (await h.gql(token, 'query($a: ID!) { programmes(authorityId: $a) { id } }', { a: h.demo.authorities.northshire })).body.data!
      .programmes[0].id;
  });
  afterAll(() => h.close());

  it('sizes demand from the register by tier with the default assumptions, against the supply the activity analysis found', async () => {
    const m = (await h.gql(token, MODEL, { p: t.programmeId })).body.data!.capacityModel;
    // Hours: Gold 2 × 520 = 1,040; Silver 3 × 156 = 468; Bronze 4 × 40 = 160; 1,668 in all.
    // Demand: 1,668 × 1,000 ÷ 1,650 = 1,010.909… → 1,011 thousandths. Shares: Gold 630.303, Silver 283.636,
    // Bronze 96.970 → floors 630 + 283 + 96 = 1,009; the 2 left go to the largest remainders, Bronze then Silver.
    expect(m.tiers).toEqual([
      { tier: 'Gold', contracts: 2, hoursPerContract: 520, hours: 1040, fte: 630 },
      { tier: 'Silver', contracts: 3, hoursPerContract: 156, hours: 468, fte: 284 },
      { tier: 'Bronze', contracts: 4, hoursPerContract: 40, hours: 160, fte: 97 },
    ]);
    // Gap: 1,011 − 500 = 511 thousandths.
    expect(m).toMatchObject({ hours: 1668, demandFte: 1011, supplyFte: 500, gapFte: 511, productiveHoursPerFte: 1650, tiersWithoutHours: [] });
    expect(m.assumptions).toEqual({
      isDefault: true,
      fromTemplateId: null,
      productiveHoursPerFte: 1650,
      hoursPerContract: [
        { tier: 'Gold', hours: 520 },
        { tier: 'Silver', hours: 156 },
        { tier: 'Bronze', hours: 40 },
      ],
    });
    expect(m.roundingRule).toContain('largest remainder');
  });

  it('sets the assumptions, recording who and why; a tier with contracts but no hours is named', async () => {
    const head = await h.ctx.store.headPosition();
    const res = await h.gql(token, SET, {
      i: {
        programmeId: t.programmeId,
        hoursPerContract: [
          { tier: 'Gold', hours: 500 },
          { tier: 'Silver', hours: 150 },
        ],
        productiveHoursPerFte: 1600,
        reason: 'Calibrated at the workshop',
      },
    });
    // Hours: Gold 2 × 500 = 1,000; Silver 3 × 150 = 450; Bronze has no figure, so 0. Demand 1,450 × 1,000 ÷ 1,600
    // = 906.25 → 906; Gold 625 exactly, Silver 281.25 → 281, Bronze 0. Gap 906 − 500 = 406.
    expect(res.body.data!.setCapacityAssumptions).toEqual({
      tiers: [
        { tier: 'Gold', fte: 625 },
        { tier: 'Silver', fte: 281 },
        { tier: 'Bronze', fte: 0 },
      ],
      demandFte: 906,
      supplyFte: 500,
      gapFte: 406,
      tiersWithoutHours: ['Bronze'],
      assumptions: { isDefault: false },
    });
    const events = await h.eventsSince(head);
    expect(events.map((e) => e.type)).toEqual(['CapacityAssumptionsSet']);
    expect(events[0].streamName).toBe(`capacityModel-${h.demo.tenantId}_${t.programmeId}`);
    expect(events[0].data).toEqual({ hoursPerContractByTier: { Gold: 500, Silver: 150 }, productiveHoursPerFte: 1600, fromTemplateId: null });
    expect(events[0].metadata).toMatchObject({
      authorityId: t.authorityId,
      actor: { role: 'consultant', displayName: 'Alex Morgan' },
      reason: 'Calibrated at the workshop',
    });
  });

  it('counts contracts by the programme’s own tier rules, and shows a surplus as a negative gap', async () => {
    await h.gql(token, 'mutation($i: SetTierRulesInput!) { setTierRules(input: $i) { isDefault } }', {
      i: {
        programmeId: t.programmeId,
        bands: [
          { tier: 'Key', minAnnualValuePence: 100_000_000 },
          { tier: 'Other', minAnnualValuePence: 0 },
        ],
      },
    });
    const res = await h.gql(token, SET, {
      i: {
        programmeId: t.programmeId,
        hoursPerContract: [
          { tier: 'Key', hours: 300 },
          { tier: 'Other', hours: 20 },
        ],
        productiveHoursPerFte: 1500,
      },
    });
    // Key: G-1 and G-2 (£1m or more), 2 × 300 = 600 h; Other: the 7 others (the medium-risk S-3 too, as Key
    // has no risk test), 7 × 20 = 140 h. Demand 740 × 1,000 ÷ 1,500 = 493.33 → 493; Key 400, Other 93.33 → 93.
    // Gap 493 − 500 = −7: the analysis found more contract-management time than the register needs.
    expect(res.body.data!.setCapacityAssumptions).toEqual({
      tiers: [
        { tier: 'Key', fte: 400 },
        { tier: 'Other', fte: 93 },
      ],
      demandFte: 493,
      supplyFte: 500,
      gapFte: -7,
      tiersWithoutHours: [],
      assumptions: { isDefault: false },
    });
  });

  it('refuses assumptions out of range, a tier given twice and an empty list, writing nothing', async () => {
    const p = t.programmeId;
    await h.refused(
      token,
      SET,
      { i: { programmeId: p, hoursPerContract: [{ tier: 'Key', hours: 300 }], productiveHoursPerFte: 999 } },
      'BAD_USER_INPUT',
      'INVALID_CAPACITY_ASSUMPTIONS',
    );
    await h.refused(
      token,
      SET,
      { i: { programmeId: p, hoursPerContract: [{ tier: 'Key', hours: -1 }], productiveHoursPerFte: 1650 } },
      'BAD_USER_INPUT',
      'INVALID_CAPACITY_ASSUMPTIONS',
    );
    await h.refused(
      token,
      SET,
      {
        i: {
          programmeId: p,
          hoursPerContract: [
            { tier: 'Key', hours: 300 },
            { tier: 'Key', hours: 200 },
          ],
          productiveHoursPerFte: 1650,
        },
      },
      'BAD_USER_INPUT',
      'INVALID_CAPACITY_ASSUMPTIONS',
    );
    await h.refused(token, SET, { i: { programmeId: p, hoursPerContract: [], productiveHoursPerFte: 1650 } }, 'BAD_USER_INPUT', 'INVALID_CAPACITY_ASSUMPTIONS');
  });

  it('answers another tenant NOT_FOUND and refuses auditors and portal users any change', async () => {
    const other = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other, MODEL, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    const input = (programmeId: string) => ({ i: { programmeId, hoursPerContract: [{ tier: 'Gold', hours: 1 }], productiveHoursPerFte: 1650 } });
    await h.refused(other, SET, input(t.programmeId), 'NOT_FOUND');
    for (const email of ['auditor@meridian.example', 'director.waste@northshire.example', 'ism@northshire.example']) {
      await h.refused(await h.signIn(email), SET, input(northshireProgramme), 'FORBIDDEN');
    }
  });

  it('shows the demo council’s gap at the default assumptions, with the analysis total as supply, to every role that sees the council', async () => {
    const analysis = (await h.gql(token, ANALYSIS, { p: northshireProgramme })).body.data!.activityAnalysis;
    for (const email of ['consultant@meridian.example', 'auditor@meridian.example', 'director.highways@northshire.example']) {
      const m = (await h.gql(await h.signIn(email), MODEL, { p: northshireProgramme })).body.data!.capacityModel;
      expect(m.assumptions.isDefault).toBe(true);
      expect(m.tiers.map((x: { tier: string }) => x.tier)).toEqual(['Gold', 'Silver', 'Bronze']);
      expect(m.tiers.reduce((s: number, x: { contracts: number }) => s + x.contracts, 0)).toBeGreaterThanOrEqual(40);
      expect(m.supplyFte).toBe(analysis.totalFte);
      expect(m.gapFte).toBe(m.demandFte - m.supplyFte);
      expect(m.tiers.reduce((s: number, x: { fte: number }) => s + x.fte, 0)).toBe(m.demandFte);
    }
  });
});

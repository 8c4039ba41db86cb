import { codeOf, startHarness } from './support/harness';
import { base64, IMPORT_POSTS, makeAuthority, makeCostedProgramme } from './support/fixtures';

type H = Awaited<ReturnType<typeof startHarness>>;

const COST = `query($p: ID!, $fy: String!, $policy: ScpPolicy!) { optionCost(programmeId: $p, financialYear: $fy, policy: $policy) {
  optionName provisionalPosts tableIds totals { salaryPence niPence lgpsPence levyPence totalPence }
  posts { title fte grade final salaryPence niPence lgpsPence levyPence allowancesPence totalPence
    basis { scpUsed annualPayPence payTableId niTableId levyTableId lgpsRate { rateBp source } } } } }`;
const BUDGET = `query($p: ID!, $fy: String!) { functionBudget(programmeId: $p, financialYear: $fy) {
  pay { totals { totalPence } } nonPayLines { label pencePerYear } nonPayTotalPence totalPence fundingPence gapPence
  signOffs { note totalPence gapPence tableIds lgpsRateBp current } } }`;
const DA = 'query($p: ID!) { designAuthority(programmeId: $p) { submissions { snapshot { totalCostPence costingBasis } } } }';

describe('costing', () => {
  let h: H;
  let consultant: string;
  let t: Awaited<ReturnType<typeof makeCostedProgramme>>;
  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeCostedProgramme(h, consultant, 'Costshire');
  });
  afterAll(() => h.close());

  it('costs posts as the reference worked example, full- and part-time, with the tables used', async () => {
    const res = await h.gql(consultant, COST, { p: t.programmeId, fy: '2025/26', policy: 'TOP' });
    const cost = res.body.data!.optionCost;
    // SCP 33 in 2025/26 is £44,075.00. 1.000 FTE:
    //   salary 4,407,500; NI 15% × (4,407,500 − 500,000) = 586,125; LGPS 21.1% × 4,407,500 = 929,982.5 → 929,983;
    //   levy 0.5% × 4,407,500 = 22,037.5 → 22,038; total 5,945,646 = £59,456.46.
    expect(cost.posts[0]).toMatchObject({
      fte: 1000,
      grade: 'Grade 9',
      final: false,
      salaryPence: 4_407_500,
      niPence: 586_125,
      lgpsPence: 929_983,
      levyPence: 22_038,
      allowancesPence: 0,
      totalPence: 5_945_646,
      basis: {
        scpUsed: 33,
        annualPayPence: 4_407_500,
        payTableId: 'njc-spine-2025-26',
        niTableId: 'employer-ni-2025-26',
        levyTableId: 'apprenticeship-levy-2017',
        lgpsRate: { rateBp: 2110 },
      },
    });
    // 0.500 FTE: salary 2,203,750; NI 15% × 1,703,750 = 255,562.5 → 255,563 (the threshold is the person's own, not halved);
    //   LGPS 21.1% × 2,203,750 = 464,991.25 → 464,991; levy 11,018.75 → 11,019; total 2,935,323.
    expect(cost.posts[1]).toMatchObject({ fte: 500, salaryPence: 2_203_750, niPence: 255_563, lgpsPence: 464_991, levyPence: 11_019, totalPence: 2_935_323 });
    expect(cost.totals.totalPence).toBe(5_945_646 + 2_935_323);
    expect(cost).toMatchObject({ provisionalPosts: 2, tableIds: ['njc-spine-2025-26', 'employer-ni-2025-26', 'apprenticeship-levy-2017'] });
  });

  it('builds the budget from pay, non-pay lines and funding, and lets only the finance partner sign it off', async () => {
    const set = await h.gql(consultant, 'mutation($i: SetBudgetNonPayLinesInput!) { setBudgetNonPayLines(input: $i) { nonPayTotalPence } }', {
      i: {
        programmeId: t.programmeId,
        financialYear: '2025/26',
        lines: [
          { label: 'Training and accreditation (CIPS)', pencePerYear: 1_200_000 },
          { label: 'Contract management system', pencePerYear: 800_000 },
        ],
      },
    });
    expect(set.body.data!.setBudgetNonPayLines.nonPayTotalPence).toBe(2_000_000);
    const b = (await h.gql(consultant, BUDGET, { p: t.programmeId, fy: '2025/26' })).body.data!.functionBudget;
    expect(b.totalPence).toBe(b.pay.totals.totalPence + 2_000_000);
    expect(b).toMatchObject({ fundingPence: 0, gapPence: b.totalPence });
    const SIGN = 'mutation($i: SignOffBudgetInput!) { signOffBudget(input: $i) { signOffs { note totalPence tableIds lgpsRateBp current } } }';
    const i = { programmeId: t.programmeId, financialYear: '2025/26', note: 'Affordable within the MTFS' };
    expect(codeOf((await h.gql(consultant, SIGN, { i })).body)).toBe('FORBIDDEN');
    const northshireFinance = await h.signIn('finance@northshire.example');
    expect(codeOf((await h.gql(northshireFinance, SIGN, { i })).body)).toBe('NOT_FOUND');
    const signed = (await h.gql(t.users.FINANCE_PARTNER, SIGN, { i })).body.data!.signOffBudget.signOffs;
    expect(signed).toEqual([
      {
        note: 'Affordable within the MTFS',
        totalPence: b.totalPence,
        tableIds: ['njc-spine-2025-26', 'employer-ni-2025-26', 'apprenticeship-levy-2017'],
        lgpsRateBp: 2110,
        current: true,
      },
    ]);
  });

  it('answers NOT_FOUND to another tenant and FORBIDDEN to an auditor for every mutation', async () => {
    const other = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other, COST, { p: t.programmeId, fy: '2025/26', policy: 'MID' })).body)).toBe('NOT_FOUND');
    expect(codeOf((await h.gql(other, BUDGET, { p: t.programmeId, fy: '2025/26' })).body)).toBe('NOT_FOUND');
    const auditor = await h.signIn('auditor@meridian.example');
    const before = await h.eventCount();
    const p = t.programmeId;
    const calls: [string, Record<string, unknown>][] = [
      [
        'mutation($i: AddPayTableInput!) { addPayTable(input: $i) { id } }',
        { id: 'x-1', kind: 'EMPLOYER_NI', effectiveFrom: '2026-04-06', source: 's', status: 'CONFIRMED', rateBp: 1500, secondaryThresholdPenceYear: 500_000 },
      ],
      [
        'mutation($i: SetLocalPayPointsInput!) { setLocalPayPoints(input: $i) { id } }',
        { authorityId: t.authorityId, id: 'x-2', effectiveFrom: '2026-04-01', source: 's', status: 'CONFIRMED', points: [{ scp: 60, pence: 9_000_000 }] },
      ],
      [
        'mutation($i: SetLgpsEmployerRateInput!) { setLgpsEmployerRate(input: $i) { rateBp } }',
        { authorityId: t.authorityId, rateBp: 2000, effectiveFrom: '2026-04-01', source: 's' },
      ],
      [
        'mutation($i: SetGradeStructureInput!) { setGradeStructure(input: $i) { effectiveFrom } }',
        { authorityId: t.authorityId, effectiveFrom: '2026-04-01', grades: [{ grade: 'G1', minScp: 1, maxScp: 3 }] },
      ],
      [
        'mutation($i: DraftJobDescriptionInput!) { draftJobDescription(input: $i) { jdStatus } }',
        { programmeId: p, designPostId: t.posts['Contract Officer'], purpose: 'x', accountabilities: ['x'], essentialCriteria: ['x'] },
      ],
      [
        'mutation($i: ApproveJobDescriptionInput!) { approveJobDescription(input: $i) { jdStatus } }',
        { programmeId: p, designPostId: t.posts['Contract Officer'], version: 1 },
      ],
      [
        'mutation($i: RequestJobDescriptionChangesInput!) { requestJobDescriptionChanges(input: $i) { jdStatus } }',
        { programmeId: p, designPostId: t.posts['Contract Officer'], version: 1, note: 'x' },
      ],
      [
        'mutation($i: RecordJobEvaluationInput!) { recordJobEvaluation(input: $i) { jdStatus } }',
        {
          programmeId: p,
          designPostId: t.posts['Contract Officer'],
          scheme: 'NJC_JES',
          score: 400,
          panelDate: '2026-01-01',
          moderated: true,
          resultingGrade: 'Grade 9',
        },
      ],
      [
        'mutation($i: ApproveJobEvaluationInput!) { approveJobEvaluation(input: $i) { jdStatus } }',
        { programmeId: p, designPostId: t.posts['Contract Officer'] },
      ],
      ['mutation($i: SetBudgetNonPayLinesInput!) { setBudgetNonPayLines(input: $i) { totalPence } }', { programmeId: p, financialYear: '2025/26', lines: [] }],
      ['mutation($i: SignOffBudgetInput!) { signOffBudget(input: $i) { totalPence } }', { programmeId: p, financialYear: '2025/26', note: 'x' }],
      [
        'mutation($i: RecordExitCostInputsInput!) { recordExitCostInputs(input: $i) { postId } }',
        { programmeId: p, postId: t.posts['Contract Officer'], age: 50, completeYearsService: 10, weeklyPayPence: 80_000, pensionMember: true },
      ],
      ['mutation($i: SubmitToDesignAuthorityInput!) { submitToDesignAuthority(input: $i) { programmeId } }', { programmeId: p, consultationOutline: 'x' }],
      [
        'mutation($i: RecordDesignAuthorityDecisionInput!) { recordDesignAuthorityDecision(input: $i) { programmeId } }',
        { programmeId: p, submissionId: p, decision: 'APPROVED', meetingDate: '2026-01-01' },
      ],
      [
        'mutation($i: DischargeConditionInput!) { dischargeCondition(input: $i) { programmeId } }',
        { programmeId: p, submissionId: p, conditionId: p, evidence: 'x' },
      ],
    ];
    for (const [query, i] of calls) expect([query.slice(9, 40), codeOf((await h.gql(auditor, query, { i })).body)]).toEqual([query.slice(9, 40), 'FORBIDDEN']);
    expect(await h.eventCount()).toBe(before);
  });

  it('replays a submission with the figures in force when it was made, after a new pay table is added', async () => {
    const before = (await h.gql(consultant, COST, { p: t.programmeId, fy: '2026/27', policy: 'MID' })).body.data!.optionCost;
    expect(before.posts[0].basis.payTableId).toBe('njc-spine-2025-26-without-scp-2');
    const sub = await h.gql(consultant, 'mutation($i: SubmitToDesignAuthorityInput!) { submitToDesignAuthority(input: $i) { programmeId } }', {
      i: { programmeId: t.programmeId, consultationOutline: '45-day collective consultation from January', financialYear: '2026/27' },
    });
    expect(sub.body.errors).toBeUndefined();
    // The tenant admin loads the 2026/27 award: +4% on SCPs 25 to 33 (test figures).
    const admin = await h.signIn('admin@meridian.example');
    const pounds: [number, number][] = [
      [25, 34_434],
      [26, 35_412],
      [27, 36_363],
      [28, 37_280],
      [29, 38_220],
      [30, 40_777],
      [31, 41_771],
      [32, 42_839],
      [33, 44_075],
    ];
    const added = await h.gql(admin, 'mutation($i: AddPayTableInput!) { addPayTable(input: $i) { id origin } }', {
      i: {
        id: 'costshire-njc-2026-27',
        kind: 'NJC_PAY_SPINE',
        effectiveFrom: '2026-04-01',
        source: 'LGA pay circular 2026/27 (test figures)',
        status: 'CONFIRMED',
        points: pounds.map(([scp, p]) => ({ scp, pence: Math.round(p * 104) })),
      },
    });
    expect(added.body.data!.addPayTable).toEqual({ id: 'costshire-njc-2026-27', origin: 'TENANT' });
    const consultantAdd = await h.gql(consultant, 'mutation($i: AddPayTableInput!) { addPayTable(input: $i) { id } }', {
      i: { id: 'x-3', kind: 'NJC_PAY_SPINE', effectiveFrom: '2027-04-01', source: 's', status: 'CONFIRMED', points: [{ scp: 1, pence: 100 }] },
    });
    expect(codeOf(consultantAdd.body)).toBe('FORBIDDEN');
    const after = (await h.gql(consultant, COST, { p: t.programmeId, fy: '2026/27', policy: 'TOP' })).body.data!.optionCost;
    // SCP 33: £44,075 × 1.04 = 4,583,800p. NI 15% × 4,083,800 = 612,570; LGPS 21.1% × 4,583,800 = 967,181.8 → 967,182;
    // levy 0.5% = 22,919; total 6,186,471.
    expect(after.posts[0]).toMatchObject({
      salaryPence: 4_583_800,
      niPence: 612_570,
      lgpsPence: 967_182,
      levyPence: 22_919,
      totalPence: 6_186_471,
      basis: { payTableId: 'costshire-njc-2026-27' },
    });
    const mid = (await h.gql(consultant, COST, { p: t.programmeId, fy: '2026/27', policy: 'MID' })).body.data!.optionCost;
    expect(mid.totals.totalPence).toBeGreaterThan(before.totals.totalPence);
    const snapshot = (await h.gql(consultant, DA, { p: t.programmeId })).body.data!.designAuthority.submissions[0].snapshot;
    expect(snapshot.totalCostPence).toBe(before.totals.totalPence);
    expect(snapshot.costingBasis).toContain('njc-spine-2025-26-without-scp-2');
    expect(snapshot.costingBasis).toContain('21.1%');
    const tables = (await h.gql(consultant, '{ referenceTables(inForceOn: "2026-06-01") { id origin kind } }')).body.data!.referenceTables;
    expect(tables).toContainEqual({ id: 'costshire-njc-2026-27', origin: 'TENANT', kind: 'NJC_PAY_SPINE' });
    expect(tables.map((x: { id: string }) => x.id)).not.toContain('njc-spine-2025-26-without-scp-2');
  });
});

// Statutory redundancy pay worked out from the Employment Rights Act 1996 s.162 directly, with the
// week's-pay caps of the Increase of Limits Orders, so the API is checked against a second method.
const CAPS: [string, number][] = [
  ['2024-04-06', 70_000],
  ['2025-04-06', 71_900],
];
const byHand = (age: number, service: number, weeklyPence: number, dismissal: string) => {
  const cap = CAPS.filter(([from]) => from <= dismissal).at(-1)![1];
  let weeks = 0;
  for (let year = 1; year <= Math.min(service, 20); year += 1) {
    const ageThen = age - year; // the year ending `year` years before the dismissal
    weeks += ageThen >= 41 ? 1.5 : ageThen >= 22 ? 1 : 0.5;
  }
  return service < 2 ? 0 : Math.round(weeks * Math.min(weeklyPence, cap));
};

const EXIT = `query($p: ID!) { exitCosts(programmeId: $p) { postId reference title outcome
  inputs { age completeYearsService weeklyPayPence pensionMember yearsMembership lgpsStrainEstimatePence dismissalDate }
  statutoryRedundancyPay { pence halfWeeks yearsCounted weeklyPayUsedPence capTableId eligible reason }
  lgpsStrain { applies estimatePence note } } }`;
const RECORD =
  'mutation($i: RecordExitCostInputsInput!) { recordExitCostInputs(input: $i) { postId statutoryRedundancyPay { pence capTableId } lgpsStrain { applies estimatePence } } }';

describe('exit costs', () => {
  let h: H;
  let consultant: string;
  let t: Awaited<ReturnType<typeof makeCostedProgramme>>;
  let post: Record<string, string>;
  const facts = (i: Record<string, unknown>) => ({ i: { programmeId: t.programmeId, postId: post['EXS-1'], ...i } });
  const row = async (token = consultant) => {
    const res = await h.gql(token, EXIT, { p: t.programmeId });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.exitCosts.find((r: { postId: string }) => r.postId === post['EXS-1']);
  };

  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeCostedProgramme(h, consultant, 'Exitshire');
    const sheet = [
      'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
      'EXS-1,Highways,Commissioning Officer,Grade 9,30,1,EMP-1,no,51300',
      'EXS-2,Waste,Contracts Officer,Grade 9,30,1,EMP-2,no,51300',
    ].join('\n');
    await h.gql(consultant, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
    const posts = (await h.gql(consultant, 'query($a: ID!) { posts(authorityId: $a) { id reference } }', { a: t.authorityId })).body.data!.posts as {
      id: string;
      reference: string;
    }[];
    post = Object.fromEntries(posts.map((p) => [p.reference, p.id]));
    const risk = await h.gql(consultant, 'mutation($i: MarkAtRiskInput!) { markAtRisk(input: $i) { outcome } }', {
      i: { programmeId: t.programmeId, postId: post['EXS-1'], reason: 'No slot-in match: at-risk notice issued' },
    });
    expect(risk.body.data!.markAtRisk.outcome).toBe('AT_RISK');
  });
  afterAll(() => h.close());

  it('lists only the at-risk post, with nothing computed until its facts are recorded', async () => {
    const rows = (await h.gql(consultant, EXIT, { p: t.programmeId })).body.data!.exitCosts;
    expect(rows).toEqual([
      {
        postId: post['EXS-1'],
        reference: 'EXS-1',
        title: 'Commissioning Officer',
        outcome: 'at_risk',
        inputs: null,
        statutoryRedundancyPay: null,
        lgpsStrain: null,
      },
    ]);
  });

  it('computes statutory redundancy pay with the weekly cap in force on the dismissal date, and flags the strain cost at 55+', async () => {
    // Age 58, 25 years: the last 20 count, worked at ages 57 to 38: 17 × 1½ + 3 × 1 = 28½ weeks.
    // Dismissed 30 September 2025: £800 a week capped at £719 → 28.5 × £719 = £20,491.50.
    const before = await h.eventCount();
    const res = await h.gql(
      consultant,
      RECORD,
      facts({
        age: 58,
        completeYearsService: 25,
        weeklyPayPence: 80_000,
        pensionMember: true,
        lgpsStrainEstimatePence: 4_500_000,
        dismissalDate: '2025-09-30',
      }),
    );
    expect(res.body.errors).toBeUndefined();
    const appended = (await h.eventsSince(null)).slice(before);
    expect(appended.map((e) => [e.type, e.streamName])).toEqual([['ExitCostInputsRecorded', `exitCosts-${h.demo.tenantId}_${t.programmeId}`]]);
    expect(appended[0].data).toEqual({
      postId: post['EXS-1'],
      age: 58,
      completeYearsService: 25,
      weeklyPayPence: 80_000,
      pensionMember: true,
      yearsMembership: 25,
      lgpsStrainEstimatePence: 4_500_000,
      dismissalDate: '2025-09-30',
    });
    expect(byHand(58, 25, 80_000, '2025-09-30')).toBe(2_049_150);
    expect(await row()).toMatchObject({
      statutoryRedundancyPay: {
        pence: byHand(58, 25, 80_000, '2025-09-30'),
        halfWeeks: 57,
        yearsCounted: 20,
        weeklyPayUsedPence: 71_900,
        capTableId: 'statutory-redundancy-2025-26',
        eligible: true,
      },
      lgpsStrain: { applies: true, estimatePence: 4_500_000 },
    });
    // The same person dismissed on 31 March 2025 is paid at the £700 cap then in force: 28.5 × £700 = £19,950.
    await h.gql(
      consultant,
      RECORD,
      facts({
        age: 58,
        completeYearsService: 25,
        weeklyPayPence: 80_000,
        pensionMember: true,
        lgpsStrainEstimatePence: 4_500_000,
        dismissalDate: '2025-03-31',
      }),
    );
    expect((await row()).statutoryRedundancyPay).toMatchObject({
      pence: byHand(58, 25, 80_000, '2025-03-31'),
      weeklyPayUsedPence: 70_000,
      capTableId: 'statutory-redundancy-2024-25',
    });
    expect(byHand(58, 25, 80_000, '2025-03-31')).toBe(1_995_000);
  });

  it('pays actual weekly pay under the cap, and flags no strain cost under 55', async () => {
    // Age 40, 9 years at ages 39 to 31: 9 weeks × £512.34 = £4,611.06. Not 55: no strain.
    const res = await h.gql(
      t.users.HR_PARTNER,
      RECORD,
      facts({ age: 40, completeYearsService: 9, weeklyPayPence: 51_234, pensionMember: true, dismissalDate: '2025-09-30' }),
    );
    expect(res.body.errors).toBeUndefined();
    expect(byHand(40, 9, 51_234, '2025-09-30')).toBe(461_106);
    expect(await row()).toMatchObject({
      inputs: { yearsMembership: 9, lgpsStrainEstimatePence: null },
      statutoryRedundancyPay: { pence: 461_106, halfWeeks: 18, weeklyPayUsedPence: 51_234, eligible: true },
      lgpsStrain: { applies: false, estimatePence: null, note: 'No LGPS strain cost: aged 40, under 55.' },
    });
    // 55 with an estimate to come: flagged, asking the fund.
    await h.gql(
      consultant,
      RECORD,
      facts({ age: 55, completeYearsService: 1, weeklyPayPence: 60_000, pensionMember: true, yearsMembership: 3, dismissalDate: '2025-09-30' }),
    );
    expect(await row()).toMatchObject({ statutoryRedundancyPay: { pence: 0, eligible: false }, lgpsStrain: { applies: true, estimatePence: null } });
  });

  it('refuses a post not at risk, and answers an unknown or another tenant’s post exactly alike, appending nothing', async () => {
    const ok = { age: 50, completeYearsService: 10, weeklyPayPence: 60_000, pensionMember: true, dismissalDate: '2025-09-30' };
    const notAtRisk = await h.refused(consultant, RECORD, facts({ ...ok, postId: post['EXS-2'] }), 'BAD_USER_INPUT', 'POST_NOT_AT_RISK');
    expect(notAtRisk.body.errors![0].message).toMatch(/not been put at risk/);
    const other = await h.signIn(h.other.adminEmail);
    const elsewhere = await makeAuthority(h, other, 'Elsewhere');
    await h.gql(other, IMPORT_POSTS, {
      i: {
        authorityId: elsewhere.authorityId,
        fileName: 'p.csv',
        contentBase64: base64(
          'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost\nELS-1,Highways,Officer,Grade 9,30,1,EMP-9,no,51300',
        ),
      },
    });
    const theirs = (await h.gql(other, 'query($a: ID!) { posts(authorityId: $a) { id } }', { a: elsewhere.authorityId })).body.data!.posts[0].id as string;
    const unknown = '0190a0a0-0000-7000-8000-00000000dead';
    const answers = [];
    for (const postId of [theirs, unknown]) {
      const res = await h.refused(consultant, RECORD, facts({ ...ok, postId }), 'BAD_USER_INPUT', 'POST_NOT_AT_RISK');
      answers.push({ message: res.body.errors![0].message, code: res.body.errors![0].extensions!.code });
    }
    expect(answers[0]).toEqual(answers[1]);
    // Their programme is invisible here, whatever the id.
    await h.refused(other, EXIT, { p: t.programmeId }, 'NOT_FOUND');
    await h.refused(other, RECORD, facts(ok), 'NOT_FOUND');
  });

  it('lets only the consultancy and the council’s HR partner record, and hides exit costs from DA members', async () => {
    const ok = { age: 50, completeYearsService: 10, weeklyPayPence: 60_000, pensionMember: true, dismissalDate: '2025-09-30' };
    await h.refused(t.users.FINANCE_PARTNER, RECORD, facts(ok), 'FORBIDDEN');
    await h.refused(t.users.DA_MEMBER, RECORD, facts(ok), 'FORBIDDEN');
    await h.refused(t.users.DA_MEMBER, EXIT, { p: t.programmeId }, 'FORBIDDEN');
    await h.refused(await h.signIn('hr@northshire.example'), RECORD, facts(ok), 'NOT_FOUND');
    expect((await row(t.users.FINANCE_PARTNER)).inputs).not.toBeNull();
    expect((await row(t.users.HR_PARTNER)).inputs).not.toBeNull();
    // An auditor not granted this council sees no programme at all.
    await h.refused(await h.signIn('auditor@meridian.example'), EXIT, { p: t.programmeId }, 'NOT_FOUND');
  });

  it('holds exit-cost facts in the demo for the Northshire postholder put at risk, recorded by the HR partner', async () => {
    const hr = await h.signIn('hr@northshire.example');
    const programmes = (await h.gql(hr, 'query($a: ID) { programmes(authorityId: $a) { id } }', { a: h.demo.authorities.northshire })).body.data!
      .programmes as { id: string }[];
    const rows = (await h.gql(hr, EXIT, { p: programmes[0]!.id })).body.data!.exitCosts;
    // Aged 57 with 22 years, dismissed on 31 March 2027: the last 20 years, at ages 56 to 37, give
    // 16 × 1½ + 4 × 1 = 28 weeks at the actual £655.40 a week (under the cap) = £18,351.20.
    expect(byHand(57, 22, 65_540, '2027-03-31')).toBe(1_835_120);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      reference: 'ACM-0005',
      inputs: {
        age: 57,
        completeYearsService: 22,
        weeklyPayPence: 65_540,
        pensionMember: true,
        yearsMembership: 22,
        lgpsStrainEstimatePence: 3_825_000,
        dismissalDate: '2027-03-31',
      },
      statutoryRedundancyPay: { pence: 1_835_120, halfWeeks: 56, yearsCounted: 20, weeklyPayUsedPence: 65_540, eligible: true },
      lgpsStrain: { applies: true, estimatePence: 3_825_000 },
    });
    const recorded = (await h.eventsSince(null)).filter((e) => e.streamName === `exitCosts-${h.demo.tenantId}_${programmes[0]!.id}`);
    expect(recorded.map((e) => [e.type, e.metadata.actor.role])).toEqual([['ExitCostInputsRecorded', 'hr_partner']]);
  });

  it('refuses impossible facts with a clear message, appending nothing', async () => {
    const ok = { age: 50, completeYearsService: 10, weeklyPayPence: 60_000, pensionMember: true, dismissalDate: '2025-09-30' };
    const cases: [Record<string, unknown>, string][] = [
      [{ age: 12 }, 'INVALID_AGE'],
      [{ age: 30, completeYearsService: 20 }, 'INVALID_SERVICE'],
      [{ weeklyPayPence: -100 }, 'INVALID_MONEY'],
      [{ lgpsStrainEstimatePence: -1 }, 'INVALID_MONEY'],
      [{ dismissalDate: '2025-13-01' }, 'INVALID_DATE'],
      [{ dismissalDate: '2019-01-01' }, 'NO_TABLE_IN_FORCE'],
      [{ postId: 'EXS-1' }, 'INVALID_ID'],
    ];
    for (const [bad, errorCode] of cases) {
      const res = await h.refused(consultant, RECORD, facts({ ...ok, ...bad }), 'BAD_USER_INPUT', errorCode);
      expect(res.body.errors![0].message.length).toBeGreaterThan(10);
    }
    // GraphQL's own type checks: a fractional age never reaches the domain.
    await h.refused(consultant, RECORD, facts({ ...ok, age: 50.5 }), 'BAD_USER_INPUT');
  });
});

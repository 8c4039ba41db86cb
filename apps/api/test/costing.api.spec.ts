import { codeOf, startHarness } from './support/harness';
import { makeCostedProgramme } from './support/fixtures';

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
      fte: 1000, grade: 'Grade 9', final: false,
      salaryPence: 4_407_500, niPence: 586_125, lgpsPence: 929_983, levyPence: 22_038, allowancesPence: 0, totalPence: 5_945_646,
      basis: { scpUsed: 33, annualPayPence: 4_407_500, payTableId: 'njc-spine-2025-26', niTableId: 'employer-ni-2025-26', levyTableId: 'apprenticeship-levy-2017', lgpsRate: { rateBp: 2110 } },
    });
    // 0.500 FTE: salary 2,203,750; NI 15% × 1,703,750 = 255,562.5 → 255,563 (the threshold is the person's own, not halved);
    //   LGPS 21.1% × 2,203,750 = 464,991.25 → 464,991; levy 11,018.75 → 11,019; total 2,935,323.
    expect(cost.posts[1]).toMatchObject({ fte: 500, salaryPence: 2_203_750, niPence: 255_563, lgpsPence: 464_991, levyPence: 11_019, totalPence: 2_935_323 });
    expect(cost.totals.totalPence).toBe(5_945_646 + 2_935_323);
    expect(cost).toMatchObject({ provisionalPosts: 2, tableIds: ['njc-spine-2025-26', 'employer-ni-2025-26', 'apprenticeship-levy-2017'] });
  });

  it('builds the budget from pay, non-pay lines and funding, and lets only the finance partner sign it off', async () => {
    const set = await h.gql(consultant, 'mutation($i: SetBudgetNonPayLinesInput!) { setBudgetNonPayLines(input: $i) { nonPayTotalPence } }', {
      i: { programmeId: t.programmeId, financialYear: '2025/26', lines: [{ label: 'Training and accreditation (CIPS)', pencePerYear: 1_200_000 }, { label: 'Contract management system', pencePerYear: 800_000 }] },
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
    expect(signed).toEqual([{ note: 'Affordable within the MTFS', totalPence: b.totalPence, tableIds: ['njc-spine-2025-26', 'employer-ni-2025-26', 'apprenticeship-levy-2017'], lgpsRateBp: 2110, current: true }]);
  });

  it('answers NOT_FOUND to another tenant and FORBIDDEN to an auditor for every mutation', async () => {
    const other = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other, COST, { p: t.programmeId, fy: '2025/26', policy: 'MID' })).body)).toBe('NOT_FOUND');
    expect(codeOf((await h.gql(other, BUDGET, { p: t.programmeId, fy: '2025/26' })).body)).toBe('NOT_FOUND');
    const auditor = await h.signIn('auditor@meridian.example');
    const before = await h.eventCount();
    const p = t.programmeId;
    const calls: [string, Record<string, unknown>][] = [
      ['mutation($i: AddPayTableInput!) { addPayTable(input: $i) { id } }', { id: 'x-1', kind: 'EMPLOYER_NI', effectiveFrom: '2026-04-06', source: 's', status: 'CONFIRMED', rateBp: 1500, secondaryThresholdPenceYear: 500_000 }],
      ['mutation($i: SetLocalPayPointsInput!) { setLocalPayPoints(input: $i) { id } }', { authorityId: t.authorityId, id: 'x-2', effectiveFrom: '2026-04-01', source: 's', status: 'CONFIRMED', points: [{ scp: 60, pence: 9_000_000 }] }],
      ['mutation($i: SetLgpsEmployerRateInput!) { setLgpsEmployerRate(input: $i) { rateBp } }', { authorityId: t.authorityId, rateBp: 2000, effectiveFrom: '2026-04-01', source: 's' }],
      ['mutation($i: SetGradeStructureInput!) { setGradeStructure(input: $i) { effectiveFrom } }', { authorityId: t.authorityId, effectiveFrom: '2026-04-01', grades: [{ grade: 'G1', minScp: 1, maxScp: 3 }] }],
      ['mutation($i: DraftJobDescriptionInput!) { draftJobDescription(input: $i) { jdStatus } }', { programmeId: p, designPostId: t.posts['Contract Officer'], purpose: 'x', accountabilities: ['x'], essentialCriteria: ['x'] }],
      ['mutation($i: ApproveJobDescriptionInput!) { approveJobDescription(input: $i) { jdStatus } }', { programmeId: p, designPostId: t.posts['Contract Officer'], version: 1 }],
      ['mutation($i: RequestJobDescriptionChangesInput!) { requestJobDescriptionChanges(input: $i) { jdStatus } }', { programmeId: p, designPostId: t.posts['Contract Officer'], version: 1, note: 'x' }],
      ['mutation($i: RecordJobEvaluationInput!) { recordJobEvaluation(input: $i) { jdStatus } }', { programmeId: p, designPostId: t.posts['Contract Officer'], scheme: 'NJC_JES', score: 400, panelDate: '2026-01-01', moderated: true, resultingGrade: 'Grade 9' }],
      ['mutation($i: ApproveJobEvaluationInput!) { approveJobEvaluation(input: $i) { jdStatus } }', { programmeId: p, designPostId: t.posts['Contract Officer'] }],
      ['mutation($i: SetBudgetNonPayLinesInput!) { setBudgetNonPayLines(input: $i) { totalPence } }', { programmeId: p, financialYear: '2025/26', lines: [] }],
      ['mutation($i: SignOffBudgetInput!) { signOffBudget(input: $i) { totalPence } }', { programmeId: p, financialYear: '2025/26', note: 'x' }],
      ['mutation($i: RecordExitCostInputsInput!) { recordExitCostInputs(input: $i) { postId } }', { programmeId: p, postId: t.posts['Contract Officer'], age: 50, completeYearsService: 10, weeklyPayPence: 80_000, pensionMember: true }],
      ['mutation($i: SubmitToDesignAuthorityInput!) { submitToDesignAuthority(input: $i) { programmeId } }', { programmeId: p, consultationOutline: 'x' }],
      ['mutation($i: RecordDesignAuthorityDecisionInput!) { recordDesignAuthorityDecision(input: $i) { programmeId } }', { programmeId: p, submissionId: p, decision: 'APPROVED', meetingDate: '2026-01-01' }],
      ['mutation($i: DischargeConditionInput!) { dischargeCondition(input: $i) { programmeId } }', { programmeId: p, submissionId: p, conditionId: p, evidence: 'x' }],
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
    const pounds: [number, number][] = [[25, 34_434], [26, 35_412], [27, 36_363], [28, 37_280], [29, 38_220], [30, 40_777], [31, 41_771], [32, 42_839], [33, 44_075]];
    const added = await h.gql(admin, 'mutation($i: AddPayTableInput!) { addPayTable(input: $i) { id origin } }', {
      i: {
        id: 'costshire-njc-2026-27', kind: 'NJC_PAY_SPINE', effectiveFrom: '2026-04-01', source: 'LGA pay circular 2026/27 (test figures)', status: 'CONFIRMED',
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
    expect(after.posts[0]).toMatchObject({ salaryPence: 4_583_800, niPence: 612_570, lgpsPence: 967_182, levyPence: 22_919, totalPence: 6_186_471, basis: { payTableId: 'costshire-njc-2026-27' } });
    const mid = (await h.gql(consultant, COST, { p: t.programmeId, fy: '2026/27', policy: 'MID' })).body.data!.optionCost;
    expect(mid.totals.totalPence).toBeGreaterThan(before.totals.totalPence);
    const snapshot = (await h.gql(consultant, DA, { p: t.programmeId })).body.data!.designAuthority.submissions[0].snapshot;
    expect(snapshot.totalCostPence).toBe(before.totals.totalPence);
    expect(snapshot.costingBasis).toContain('njc-spine-2025-26-without-scp-2');
    expect(snapshot.costingBasis).toContain('21.1%');
    const tables = (await h.gql(consultant, '{ referenceTables(asOf: "2026-06-01") { id origin kind } }')).body.data!.referenceTables;
    expect(tables).toContainEqual({ id: 'costshire-njc-2026-27', origin: 'TENANT', kind: 'NJC_PAY_SPINE' });
    expect(tables.map((x: { id: string }) => x.id)).not.toContain('njc-spine-2025-26-without-scp-2');
  });
});

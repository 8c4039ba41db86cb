import ExcelJS from 'exceljs';
import request from 'supertest';
import { codeOf, startHarness } from './support/harness';
import { makeCostedProgramme } from './support/fixtures';

type H = Awaited<ReturnType<typeof startHarness>>;

const CASE = `query($p: ID!) { businessCase(programmeId: $p) {
  assumptions { firstYear horizonYears vacancyFactorBp increments decided reason payAwards { financialYear rateBp } }
  options { optionName chosen paybackYear totals { recurringPence netPence }
    years { financialYear payPence nonPayPence incrementsPence payAwardPence vacancySavingPence recurringPence oneOffPence fundingPence netPence cumulativeNetPence
      payAward { kind rateBp description } } } } }`;
const SET = 'mutation($i: SetBusinessCaseAssumptionsInput!) { setBusinessCaseAssumptions(input: $i) { assumptions { decided reason } } }';
const BUDGET =
  'query($p: ID!, $fy: String!) { functionBudget(programmeId: $p, financialYear: $fy) { pay { totals { totalPence } } nonPayTotalPence fundingPence } }';

describe('business case', () => {
  let h: H;
  let consultant: string;
  let t: Awaited<ReturnType<typeof makeCostedProgramme>>;
  const assumptions = (over: Record<string, unknown> = {}) => ({
    programmeId: t.programmeId,
    firstYear: '2025/26',
    horizonYears: 3,
    payAwards: [{ financialYear: '2026/27', rateBp: 300 }],
    vacancyFactorBp: 300,
    increments: true,
    reason: 'As in the council’s medium-term financial strategy',
    ...over,
  });
  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeCostedProgramme(h, consultant, 'Caseshire');
  });
  afterAll(() => h.close());

  it('before anyone decides, shows defaults as undecided, and each year’s pay is the Finance budget’s figure', async () => {
    const bc = (await h.gql(consultant, CASE, { p: t.programmeId })).body.data!.businessCase;
    expect(bc.assumptions).toMatchObject({ decided: false, reason: null, horizonYears: 3, vacancyFactorBp: 0, payAwards: [] });
    const [option] = bc.options;
    expect(option).toMatchObject({ optionName: 'Option A', chosen: true });
    for (const y of option.years) {
      const b = (await h.gql(consultant, BUDGET, { p: t.programmeId, fy: y.financialYear })).body.data!.functionBudget;
      expect([y.payPence, y.nonPayPence, y.fundingPence]).toEqual([b.pay.totals.totalPence, b.nonPayTotalPence, b.fundingPence]);
    }
  });

  it('records the assumptions as a decision with a reason, and computes increments, awards and the vacancy saving from them', async () => {
    expect((await h.gql(consultant, SET, { i: assumptions() })).body.data!.setBusinessCaseAssumptions.assumptions).toEqual({
      decided: true,
      reason: 'As in the council’s medium-term financial strategy',
    });
    const [option] = (await h.gql(consultant, CASE, { p: t.programmeId })).body.data!.businessCase.options;
    const [first, second, third] = option.years;
    expect([first.financialYear, second.financialYear, third.financialYear]).toEqual(['2025/26', '2026/27', '2027/28']);
    expect(first).toMatchObject({ incrementsPence: 0, payAwardPence: 0, payAward: { kind: 'agreed' } });
    // Grade 9 is SCP 30–33, costed at the middle (31): one increment by 2026/27, two by 2027/28.
    expect(second.incrementsPence).toBeGreaterThan(0);
    expect(third.incrementsPence).toBeGreaterThan(second.incrementsPence);
    expect(second.payAward).toEqual({ kind: 'assumed', rateBp: 300, description: null });
    const pay = second.payPence + second.incrementsPence;
    expect(second.payAwardPence).toBe(Math.round(pay * 0.03));
    expect(second.vacancySavingPence).toBe(Math.round((pay + second.payAwardPence) * 0.03));
    expect(third.payAward.kind).toBe('not_assumed');
    for (const y of option.years) {
      expect(y.recurringPence).toBe(y.payPence + y.nonPayPence + y.incrementsPence + y.payAwardPence - y.vacancySavingPence);
      expect(y.netPence).toBe(y.fundingPence - y.recurringPence - y.oneOffPence);
    }
    expect(option.totals.netPence).toBe(third.cumulativeNetPence);
  });

  it('refuses a missing reason, an agreed year and an impossible horizon with nothing appended', async () => {
    await h.refused(consultant, SET, { i: assumptions({ reason: ' ' }) }, 'BAD_USER_INPUT', 'TEXT_REQUIRED');
    await h.refused(
      consultant,
      SET,
      { i: assumptions({ payAwards: [{ financialYear: '2025/26', rateBp: 300 }] }) },
      'BAD_USER_INPUT',
      'PAY_AWARD_ALREADY_AGREED',
    );
    await h.refused(consultant, SET, { i: assumptions({ horizonYears: 6 }) }, 'BAD_USER_INPUT', 'INVALID_HORIZON');
  });

  it('lets the council’s finance partner decide, refuses the HR partner and auditors, and answers another tenant like an unknown programme', async () => {
    expect(
      (await h.gql(t.users.FINANCE_PARTNER, SET, { i: assumptions({ vacancyFactorBp: 400 }) })).body.data!.setBusinessCaseAssumptions.assumptions.decided,
    ).toBe(true);
    await h.refused(t.users.HR_PARTNER, SET, { i: assumptions({ vacancyFactorBp: 500 }) }, 'FORBIDDEN');
    await h.refused(await h.signIn('auditor@meridian.example'), SET, { i: assumptions({ vacancyFactorBp: 500 }) }, 'FORBIDDEN');
    const other = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other, CASE, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    expect(codeOf((await h.gql(other, CASE, { p: '00000000-0000-4000-8000-000000000000' })).body)).toBe('NOT_FOUND');
  });

  it('replays as at an earlier moment with the assumptions then in force', async () => {
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await h.gql(consultant, SET, { i: assumptions({ vacancyFactorBp: 0, reason: 'No vacancy factor: posts are filled at go-live' }) });
    const res = await request(h.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${consultant}`)
      .set('x-orgledger-as-of', before)
      .send({ query: CASE, variables: { p: t.programmeId } });
    expect(res.body.data.businessCase.assumptions.vacancyFactorBp).toBe(400);
    expect((await h.gql(consultant, CASE, { p: t.programmeId })).body.data!.businessCase.assumptions.vacancyFactorBp).toBe(0);
  });

  it('downloads as a workbook: the assumptions sheet, a sheet per option, live formulas with the product’s figures', async () => {
    const res = await request(h.app.getHttpServer())
      .get(`/exports/programmes/${t.programmeId}/business-case.xlsx`)
      .set('authorization', `Bearer ${consultant}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    const bytes = res.body as Buffer;
    // exceljs types its input as an ArrayBuffer: hand it exactly the downloaded bytes
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Assumptions', 'Option A']);
    const [option] = (await h.gql(consultant, CASE, { p: t.programmeId })).body.data!.businessCase.options;
    const sheet = wb.getWorksheet('Option A')!;
    const net = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === 'Net position')!;
    const cell = net.getCell(2).value as { formula: string; result: number };
    expect(cell.formula).toMatch(/^B\d+-B\d+-B\d+$/);
    expect(Math.round(cell.result * 100)).toBe(option.years[0].netPence);
    const noToken = await request(h.app.getHttpServer()).get(`/exports/programmes/${t.programmeId}/business-case.xlsx`);
    expect(noToken.status).toBe(401);
    const other = await h.signIn(h.other.adminEmail);
    const hidden = await request(h.app.getHttpServer()).get(`/exports/programmes/${t.programmeId}/business-case.xlsx`).set('authorization', `Bearer ${other}`);
    expect(hidden.status).toBe(404);
  });
});

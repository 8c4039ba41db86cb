import { codeOf, startHarness } from './support/harness';
import { makeAuthority } from './support/fixtures';

const BENEFITS = `query($p: ID!) { benefits(programmeId: $p) {
  benefits { id title cashable annualAmountPence owner baseline targetDate status statusNote }
  totals { cashablePence nonCashablePence byStatus { status annualAmountPence } } } }`;
const RECORD = 'mutation($i: RecordBenefitInput!) { recordBenefit(input: $i) { id title status annualAmountPence statusNote } }';
const UPDATE = 'mutation($i: UpdateBenefitInput!) { updateBenefit(input: $i) { id owner status annualAmountPence statusNote } }';
const CHANGE = 'mutation($i: ChangeBenefitStatusInput!) { changeBenefitStatus(input: $i) { id status statusNote } }';

describe('benefits register', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  let northshireProgramme: string;
  const ids: Record<string, string> = {};
  const benefit = (over: Record<string, unknown> = {}) => ({
    programmeId: t.programmeId,
    title: 'Recover invoice overpayments',
    cashable: true,
    annualAmountPence: 45_000_000,
    owner: 'Head of Procurement',
    baseline: 'Nothing recovered in 2025/26',
    targetDate: '2027-03-31',
    ...over,
  });
  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, token, 'Benefitshire Council');
    northshireProgramme = (await h.gql(token, 'query($a: ID!) { programmes(authorityId: $a) { id } }', { a: h.demo.authorities.northshire })).body.data!
      .programmes[0].id;
  });
  afterAll(() => h.close());

  it('records benefits, planned unless a status is given, with who and why in the history', async () => {
    const head = await h.ctx.store.headPosition();
    const a = await h.gql(token, RECORD, { i: { ...benefit(), reason: 'Agreed at programme board' } });
    expect(a.body.data!.recordBenefit).toMatchObject({
      title: 'Recover invoice overpayments',
      status: 'PLANNED',
      annualAmountPence: 45_000_000,
      statusNote: null,
    });
    ids.a = a.body.data!.recordBenefit.id;
    const b = await h.gql(token, RECORD, {
      i: benefit({ title: 'Release manager time', cashable: false, annualAmountPence: 16_000_050, status: 'AT_RISK', baseline: null }),
    });
    ids.b = b.body.data!.recordBenefit.id;
    const c = await h.gql(token, RECORD, { i: benefit({ title: 'Claim ICT service credits', annualAmountPence: 18_000_000 }) });
    ids.c = c.body.data!.recordBenefit.id;
    const events = await h.eventsSince(head);
    expect(events.map((e) => e.type)).toEqual(['BenefitRecorded', 'BenefitRecorded', 'BenefitRecorded']);
    expect(events[0].streamName).toBe(`benefitsRegister-${h.demo.tenantId}_${t.programmeId}`);
    expect(events[0].metadata).toMatchObject({
      authorityId: t.authorityId,
      actor: { role: 'consultant', displayName: 'Alex Morgan' },
      reason: 'Agreed at programme board',
    });
    expect(events[1].data).toMatchObject({ benefitId: ids.b, cashable: false, status: 'at_risk', baseline: '' });
  });

  it('moves a status with a note, and edits details without touching the status', async () => {
    const head = await h.ctx.store.headPosition();
    const changed = await h.gql(token, CHANGE, {
      i: { programmeId: t.programmeId, benefitId: ids.c, status: 'ACHIEVED', note: 'First year of credits agreed', reason: 'Monthly review' },
    });
    expect(changed.body.data!.changeBenefitStatus).toEqual({ id: ids.c, status: 'ACHIEVED', statusNote: 'First year of credits agreed' });
    const updated = await h.gql(token, UPDATE, {
      i: {
        ...benefit({ owner: 'Director of Resources' }),
        benefitId: ids.c,
        annualAmountPence: 18_000_000,
        title: 'Claim ICT service credits',
        reason: 'New owner',
      },
    });
    // The edit keeps the status and the note of the last status change.
    expect(updated.body.data!.updateBenefit).toEqual({
      id: ids.c,
      owner: 'Director of Resources',
      status: 'ACHIEVED',
      annualAmountPence: 18_000_000,
      statusNote: 'First year of credits agreed',
    });
    const events = await h.eventsSince(head);
    expect(events.map((e) => e.type)).toEqual(['BenefitStatusChanged', 'BenefitUpdated']);
    expect(events[0].data).toEqual({ benefitId: ids.c, from: 'planned', to: 'achieved', note: 'First year of credits agreed' });
    expect(events[0].metadata).toMatchObject({ authorityId: t.authorityId, actor: { role: 'consultant' }, reason: 'Monthly review' });
    expect(events[1].metadata).toMatchObject({ authorityId: t.authorityId, reason: 'New owner' });
  });

  it('adds up the totals exactly, by cashability and by status', async () => {
    const register = (await h.gql(token, BENEFITS, { p: t.programmeId })).body.data!.benefits;
    expect(register.benefits.map((b: { title: string }) => b.title)).toEqual([
      'Recover invoice overpayments',
      'Release manager time',
      'Claim ICT service credits',
    ]);
    // Cashable: £450,000.00 + £180,000.00 = £630,000.00. Non-cashable: £160,000.50.
    // By status: planned £450,000.00; at risk £160,000.50; achieved £180,000.00; the rest £0.
    expect(register.totals).toEqual({
      cashablePence: 63_000_000,
      nonCashablePence: 16_000_050,
      byStatus: [
        { status: 'PLANNED', annualAmountPence: 45_000_000 },
        { status: 'ON_TRACK', annualAmountPence: 0 },
        { status: 'AT_RISK', annualAmountPence: 16_000_050 },
        { status: 'ACHIEVED', annualAmountPence: 18_000_000 },
        { status: 'NOT_ACHIEVED', annualAmountPence: 0 },
      ],
    });
  });

  it('refuses a negative value, an impossible date, a blank title and a status that does not move, writing nothing', async () => {
    await h.refused(token, RECORD, { i: benefit({ annualAmountPence: -100 }) }, 'BAD_USER_INPUT', 'INVALID_MONEY');
    await h.refused(token, RECORD, { i: benefit({ targetDate: '2027-02-30' }) }, 'BAD_USER_INPUT');
    await h.refused(token, RECORD, { i: benefit({ title: '  ' }) }, 'BAD_USER_INPUT');
    await h.refused(token, RECORD, { i: benefit({ annualAmountPence: 1.5 }) }, 'BAD_USER_INPUT');
    await h.refused(token, UPDATE, { i: { ...benefit({ annualAmountPence: -1 }), benefitId: ids.a } }, 'BAD_USER_INPUT', 'INVALID_MONEY');
    await h.refused(token, CHANGE, { i: { programmeId: t.programmeId, benefitId: ids.a, status: 'PLANNED' } }, 'BAD_USER_INPUT', 'BENEFIT_STATUS_UNCHANGED');
    await h.refused(token, UPDATE, { i: { ...benefit(), benefitId: '0190a0a0-0000-7000-8000-000000000000' } }, 'NOT_FOUND', 'BENEFIT_NOT_FOUND');
    await h.refused(
      token,
      CHANGE,
      { i: { programmeId: t.programmeId, benefitId: '0190a0a0-0000-7000-8000-000000000000', status: 'AT_RISK' } },
      'NOT_FOUND',
      'BENEFIT_NOT_FOUND',
    );
  });

  it('answers another tenant NOT_FOUND and refuses auditors and portal users any change', async () => {
    const other = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other, BENEFITS, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    const writes = (programmeId: string): [string, Record<string, unknown>][] => [
      [RECORD, benefit({ programmeId })],
      [UPDATE, { ...benefit({ programmeId }), benefitId: ids.a }],
      [CHANGE, { programmeId, benefitId: ids.a, status: 'AT_RISK' }],
    ];
    for (const [query, i] of writes(t.programmeId)) await h.refused(other, query, { i }, 'NOT_FOUND');
    for (const email of ['auditor@meridian.example', 'director.asc@northshire.example', 'da@northshire.example']) {
      const tok = await h.signIn(email);
      for (const [query, i] of writes(northshireProgramme)) await h.refused(tok, query, { i }, 'FORBIDDEN');
    }
  });

  it('shows the demo benefits register to the auditor and portal users: cashable and non-cashable, statuses varied', async () => {
    for (const email of ['auditor@meridian.example', 'director.highways@northshire.example']) {
      const register = (await h.gql(await h.signIn(email), BENEFITS, { p: northshireProgramme })).body.data!.benefits;
      expect(register.benefits.length).toBeGreaterThanOrEqual(8);
      expect(register.totals.cashablePence).toBeGreaterThan(0);
      expect(register.totals.nonCashablePence).toBeGreaterThan(0);
      expect(new Set(register.benefits.map((b: { status: string }) => b.status)).size).toBeGreaterThanOrEqual(4);
      const sum = register.totals.byStatus.reduce((s: number, x: { annualAmountPence: number }) => s + x.annualAmountPence, 0);
      expect(sum).toBe(register.totals.cashablePence + register.totals.nonCashablePence);
    }
  });
});

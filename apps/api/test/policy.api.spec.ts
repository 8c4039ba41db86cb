import { codeOf, startHarness } from './support/harness';
import { makeAuthority } from './support/fixtures';

const PACK_FIELDS = `slotInMinimumJobMatchPercent ringFenceGradesBelow ringFenceGradesAbove trialMaximumWeeks
  payProtection { taper months steps { months percentOfDifference } }
  discretionaryCompensation { actualWeeksPay multiplierPercent maximumWeeks }
  notice { defaultWeeks byGrade { fromGrade toGrade weeks } } incrementalDate`;
const POLICY = `query($a: ID!, $on: String) { councilPolicy(authorityId: $a, on: $on) {
  authorityId on inForce { origin version effectiveFrom label pack { ${PACK_FIELDS} } } versions { version effectiveFrom reason } } }`;
const RECORD = `mutation($i: RecordPolicyPackInput!) { recordPolicyPack(input: $i) {
  on inForce { origin version effectiveFrom pack { ${PACK_FIELDS} } } versions { version effectiveFrom reason } } }`;

// A realistic pack as a screen sends it.
const pack = (authorityId: string, change: Record<string, unknown> = {}) => ({
  authorityId,
  effectiveFrom: '2026-04-01',
  reason: 'Managing Change Policy v4 agreed at Employment Committee',
  slotInMinimumJobMatchPercent: 66,
  ringFenceGradesBelow: 1,
  ringFenceGradesAbove: 1,
  trialMaximumWeeks: 12,
  payProtection: {
    taper: 'STEPPED',
    steps: [
      { months: 12, percentOfDifference: 100 },
      { months: 12, percentOfDifference: 50 },
    ],
  },
  discretionaryCompensation: { actualWeeksPay: true, multiplierPercent: 150, maximumWeeks: 45 },
  notice: { defaultWeeks: 4, byGrade: [{ fromGrade: 7, toGrade: null, weeks: 8 }] },
  incrementalDate: 'APRIL_1',
  ...change,
});

describe('council policy pack', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  let northshire: string;
  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, token, 'Policyshire Council');
    northshire = h.demo.authorities.northshire;
  });
  afterAll(() => h.close());

  it('answers the national default, labelled as such, for a council with no pack', async () => {
    const p = (await h.gql(token, POLICY, { a: t.authorityId, on: '2026-06-01' })).body.data!.councilPolicy;
    expect(p).toMatchObject({ authorityId: t.authorityId, on: '2026-06-01', versions: [] });
    expect(p.inForce).toMatchObject({ origin: 'NATIONAL_DEFAULT', version: null, effectiveFrom: null });
    expect(p.inForce.label).toMatch(/^National default/);
    expect(p.inForce.pack).toMatchObject({ slotInMinimumJobMatchPercent: 70, payProtection: { taper: 'FULL', months: 36, steps: [] } });
  });

  it('records a version with its reason, and a change from a later date: each rule on the day before and the day of', async () => {
    const head = await h.ctx.store.headPosition();
    const v1 = (await h.gql(token, RECORD, { i: pack(t.authorityId) })).body.data!.recordPolicyPack;
    expect(v1.inForce).toMatchObject({ origin: 'COUNCIL', version: 1, effectiveFrom: '2026-04-01' });
    expect(v1.inForce.pack.payProtection).toEqual({
      taper: 'STEPPED',
      months: 24,
      steps: [
        { months: 12, percentOfDifference: 100 },
        { months: 12, percentOfDifference: 50 },
      ],
    });
    const [event] = await h.eventsSince(head);
    expect(event).toMatchObject({
      type: 'PolicyPackRecorded',
      streamName: `policyPack-${h.demo.tenantId}_${t.authorityId}`,
      metadata: { tenantId: h.demo.tenantId, authorityId: t.authorityId, reason: 'Managing Change Policy v4 agreed at Employment Committee' },
    });

    await h.gql(token, RECORD, { i: pack(t.authorityId, { effectiveFrom: '2027-04-01', slotInMinimumJobMatchPercent: 75, reason: 'Annual review' }) });
    const on = async (date: string) => (await h.gql(token, POLICY, { a: t.authorityId, on: date })).body.data!.councilPolicy;
    expect((await on('2026-03-31')).inForce.origin).toBe('NATIONAL_DEFAULT');
    expect((await on('2027-03-31')).inForce).toMatchObject({ version: 1, pack: { slotInMinimumJobMatchPercent: 66 } });
    const changed = await on('2027-04-01');
    expect(changed.inForce).toMatchObject({ version: 2, pack: { slotInMinimumJobMatchPercent: 75 } });
    expect(changed.versions).toEqual([
      { version: 1, effectiveFrom: '2026-04-01', reason: 'Managing Change Policy v4 agreed at Employment Committee' },
      { version: 2, effectiveFrom: '2027-04-01', reason: 'Annual review' },
    ]);
  });

  it('applies a repeat with the same commandId once', async () => {
    const commandId = '0190b000-0000-7000-8000-00000000d001';
    const i = pack(t.authorityId, { effectiveFrom: '2028-04-01', trialMaximumWeeks: 8, commandId });
    await h.gql(token, RECORD, { i });
    const before = await h.eventCount();
    const again = await h.gql(token, RECORD, { i });
    expect(again.body.data!.recordPolicyPack.versions).toHaveLength(3);
    expect(await h.eventCount()).toBe(before);
  });

  it('refuses impossible values with a message naming the field, writing nothing', async () => {
    const a = t.authorityId;
    const r1 = await h.refused(token, RECORD, { i: pack(a, { slotInMinimumJobMatchPercent: 101 }) }, 'BAD_USER_INPUT', 'INVALID_POLICY_VALUE');
    expect(r1.body.errors![0].message).toBe('Slot in minimum job match percent must be a whole number from 1 to 100; got 101.');
    await h.refused(token, RECORD, { i: pack(a, { slotInMinimumJobMatchPercent: 0 }) }, 'BAD_USER_INPUT', 'INVALID_POLICY_VALUE');
    const over = { actualWeeksPay: true, multiplierPercent: 150, maximumWeeks: 105 };
    await h.refused(token, RECORD, { i: pack(a, { discretionaryCompensation: over }) }, 'BAD_USER_INPUT', 'COMPENSATION_OVER_104_WEEKS');
    await h.refused(token, RECORD, { i: pack(a, { trialMaximumWeeks: 3 }) }, 'BAD_USER_INPUT', 'TRIAL_BELOW_STATUTORY');
    await h.refused(token, RECORD, { i: pack(a, { payProtection: { taper: 'FULL', months: 61 } }) }, 'BAD_USER_INPUT', 'INVALID_POLICY_VALUE');
    await h.refused(token, RECORD, { i: pack(a, { effectiveFrom: '2026-02-30' }) }, 'BAD_USER_INPUT', 'INVALID_DATE');
    await h.refused(token, RECORD, { i: pack(a, { reason: ' ' }) }, 'BAD_USER_INPUT', 'TEXT_REQUIRED');
    await h.refused(token, POLICY.replace('councilPolicy(authorityId: $a, on: $on)', 'councilPolicy(authorityId: $a, on: "1 April")'), { a }, 'BAD_USER_INPUT');
  });

  it("lets the council's HR business partner change its own council's pack, and no other portal role or auditor", async () => {
    const hr = await h.signIn('hr@northshire.example');
    const done = await h.gql(hr, RECORD, { i: pack(northshire, { effectiveFrom: '2030-04-01', reason: 'HR records the 2030 review' }) });
    expect(done.body.data!.recordPolicyPack.inForce.version).toBeGreaterThan(0);
    await h.refused(hr, RECORD, { i: pack(t.authorityId, { effectiveFrom: '2031-04-01' }) }, 'NOT_FOUND');
    for (const email of ['finance@northshire.example', 'da@northshire.example', 'director.highways@northshire.example', 'auditor@meridian.example']) {
      const tok = await h.signIn(email);
      await h.refused(tok, RECORD, { i: pack(northshire, { effectiveFrom: '2031-04-01' }) }, 'FORBIDDEN');
      expect((await h.gql(tok, POLICY, { a: northshire })).body.data!.councilPolicy.authorityId).toBe(northshire);
    }
  });

  it('shows the demo councils’ packs, in force before the demo’s decisions, with their history', async () => {
    const auditor = await h.signIn('auditor@meridian.example');
    const p = (await h.gql(auditor, POLICY, { a: northshire, on: '2027-02-01' })).body.data!.councilPolicy;
    expect(p.inForce).toMatchObject({
      origin: 'COUNCIL',
      version: 1,
      effectiveFrom: '2026-04-01',
      pack: {
        slotInMinimumJobMatchPercent: 70,
        ringFenceGradesBelow: 2,
        payProtection: { taper: 'STEPPED', months: 36 },
        discretionaryCompensation: { actualWeeksPay: true, multiplierPercent: 150, maximumWeeks: 45 },
      },
    });
    expect(p.versions.slice(0, 2).map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual(['2026-04-01', '2027-04-01']);
    expect((await h.gql(auditor, POLICY, { a: northshire, on: '2027-04-01' })).body.data!.councilPolicy.inForce.pack.trialMaximumWeeks).toBe(12);
    const eastbrook = (await h.gql(token, POLICY, { a: h.demo.authorities.eastbrook, on: '2026-12-01' })).body.data!.councilPolicy;
    expect(eastbrook.inForce.pack).toMatchObject({ payProtection: { taper: 'FROZEN', months: 24 }, incrementalDate: 'APPOINTMENT_ANNIVERSARY' });
  });

  it('shows discretionary compensation beside statutory redundancy in exit costs, under the pack in force on the dismissal date', async () => {
    const programmes = (await h.gql(token, 'query($a: ID!) { programmes(authorityId: $a) { id } }', { a: northshire })).body.data!.programmes;
    const EXIT = `query($p: ID!) { exitCosts(programmeId: $p) { reference inputs { dismissalDate weeklyPayPence }
      statutoryRedundancyPay { pence halfWeeks } discretionaryCompensation { statutoryPence regulation5Pence regulation6Pence
      discretionaryPence totalPence weeklyPayUsedPence limitedToMaximum reason source policyLabel } } }`;
    const rows = (await h.gql(token, EXIT, { p: programmes[0].id })).body.data!.exitCosts;
    const acm5 = rows.find((r: { reference: string }) => r.reference === 'ACM-0005');
    // 28 statutory weeks at £655.40 (under the cap) = £18,351.20; Northshire pays 1.5× on actual
    // pay, up to 45 weeks: 42 weeks = £27,526.80, of which £9,175.60 is the reg. 6 lump sum.
    expect(acm5.statutoryRedundancyPay).toEqual({ pence: 1_835_120, halfWeeks: 56 });
    expect(acm5.discretionaryCompensation).toMatchObject({
      statutoryPence: 1_835_120,
      regulation5Pence: 0,
      regulation6Pence: 917_560,
      discretionaryPence: 917_560,
      totalPence: 2_752_680,
      weeklyPayUsedPence: 65_540,
      limitedToMaximum: false,
      policyLabel: "The council's policy pack, version 1, in force from 2026-04-01",
    });
    expect(acm5.discretionaryCompensation.source).toContain('SI 2006/2914');
  });

  it('answers another tenant exactly like an unknown council', async () => {
    const other = await h.signIn(h.other.adminEmail);
    const unknown = '0190b000-0000-7000-8000-00000000dead';
    for (const a of [t.authorityId, unknown]) {
      const res = await h.gql(other, POLICY, { a });
      expect(codeOf(res.body)).toBe('NOT_FOUND');
      expect(res.body.errors![0].message).toBe(`There is no authority with id ${a}.`);
      await h.refused(other, RECORD, { i: pack(a) }, 'NOT_FOUND');
    }
  });
});

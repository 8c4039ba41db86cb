import { startHarness, type GqlBody } from './support/harness';
import { base64, IMPORT_POSTS, makeAuthority } from './support/fixtures';

// The reassignment rules read the council's policy pack in force on the decision's date.
const ROW = 'postId outcome payProtection { protectedGrade startDate endDate taper } trial { endDate extendedByWrittenAgreement }';
const decision = (name: string, input: string) => `mutation($i: ${input}!) { ${name}(input: $i) { ${ROW} } }`;
const SLOT_IN = decision('recordSlotIn', 'RecordSlotInInput');
const RING_FENCE = 'mutation($i: PlaceInRingFenceInput!) { placeInRingFence(input: $i) { id } }';
const AT_RISK = decision('markAtRisk', 'MarkAtRiskInput');
const REDEPLOY = decision('recordRedeployment', 'RecordRedeploymentInput');
const START_TRIAL = decision('startTrialPeriod', 'StartTrialPeriodInput');
const PROTECT = decision('grantPayProtection', 'GrantPayProtectionInput');
const RECORD_PACK = 'mutation($i: RecordPolicyPackInput!) { recordPolicyPack(input: $i) { inForce { version } } }';

const pack = (authorityId: string, change: Record<string, unknown> = {}) => ({
  authorityId,
  effectiveFrom: '2026-04-01',
  reason: 'Managing change policy',
  slotInMinimumJobMatchPercent: 66,
  ringFenceGradesBelow: 1,
  ringFenceGradesAbove: 1,
  trialMaximumWeeks: 8,
  payProtection: { taper: 'FULL', months: 24 },
  discretionaryCompensation: { actualWeeksPay: false, multiplierPercent: 100, maximumWeeks: 104 },
  notice: { defaultWeeks: 4 },
  incrementalDate: 'APRIL_1',
  ...change,
});

describe('reassignments under the council’s policy pack', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  let post: Record<string, string>;
  const d: Record<string, string> = {};

  const run = async (query: string, i: Record<string, unknown>) => {
    const before = await h.eventCount();
    const res = await h.gql(token, query, { i: { programmeId: t.programmeId, reason: 'Panel decision', ...i } });
    return { body: res.body as GqlBody, events: (await h.eventsSince(null)).slice(before) };
  };
  const refused = async (query: string, i: Record<string, unknown>, errorCode: string) => {
    const { body, events } = await run(query, i);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode });
    expect(events).toEqual([]);
    return body.errors![0].message;
  };

  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, token, 'Policy Reassignshire Council');
    const sheet = [
      'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
      'HWY-1,Highways,Contracts Officer,Grade 9,30,1,EMP-1,no,51300',
      'HWY-2,Highways,Commissioning Officer,Grade 9,29,1,EMP-2,no,50200',
      'WST-1,Waste,Commissioning Officer,Grade 9,29,1,EMP-4,no,50200',
    ].join('\n');
    await h.gql(token, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
    const posts = (await h.gql(token, 'query($a: ID!) { posts(authorityId: $a) { id reference } }', { a: t.authorityId })).body.data!.posts;
    post = Object.fromEntries(posts.map((p: { id: string; reference: string }) => [p.reference, p.id]));
    const option = await h.gql(token, 'mutation($i: DraftDesignOptionInput!) { draftDesignOption(input: $i) { optionId } }', {
      i: { programmeId: t.programmeId, name: 'Central team' },
    });
    const optionId = option.body.data!.draftDesignOption.optionId;
    for (const [key, title, grade, fte] of [
      ['manager', 'Contract Manager', 11, 1000],
      ['officer', 'Contract Officer', 9, 2000],
      ['monitoring', 'Contract Monitoring Officer', 8, 1000],
    ] as const) {
      const r = await h.gql(token, 'mutation($i: AddDesignPostInput!) { addDesignPost(input: $i) { designPostId } }', {
        i: { programmeId: t.programmeId, optionId, title, grade, fte, responsibilities: ['Contracts'], indicativeCostPence: 100 },
      });
      d[key] = r.body.data!.addDesignPost.designPostId;
    }
    await h.gql(token, 'mutation($i: ChooseDesignOptionInput!) { chooseDesignOption(input: $i) { optionId } }', {
      i: { programmeId: t.programmeId, optionId, reason: 'Only option' },
    });
    // Version 1 from 1 April 2026; version 2, from 2 February 2027, shortens protection to 12 months;
    // version 3, from 2099, would need a 90% match to slot in.
    await h.gql(token, RECORD_PACK, { i: pack(t.authorityId) });
    await h.gql(token, RECORD_PACK, { i: pack(t.authorityId, { effectiveFrom: '2027-02-02', payProtection: { taper: 'FULL', months: 12 } }) });
    const v3 = await h.gql(token, RECORD_PACK, { i: pack(t.authorityId, { effectiveFrom: '2099-01-01', slotInMinimumJobMatchPercent: 90 }) });
    expect(v3.body.data!.recordPolicyPack.inForce.version).toBe(3);
  });
  afterAll(() => h.close());

  it('slots in at the council’s 66% in force today (not the 90% of a later version): 65 refused, 66 accepted', async () => {
    const message = await refused(SLOT_IN, { postId: post['HWY-1'], designPostId: d.officer, jobMatchPercent: 65 }, 'SLOT_IN_BELOW_THRESHOLD');
    expect(message).toContain("the council's slot-in threshold of 66%");
    const { events } = await run(SLOT_IN, { postId: post['HWY-1'], designPostId: d.officer, jobMatchPercent: 66 });
    expect(events.map((e) => [e.type, e.data.minimumJobMatchPercent])).toEqual([['SlotInRecorded', 66]]);
  });

  it('refuses a ring fence drawing Grade 9 postholders for a Grade 11 post (one grade below at most)', async () => {
    const message = await refused(
      RING_FENCE,
      { name: 'Contract managers', postIds: [post['HWY-2'], post['WST-1']], designPostIds: [d.manager] },
      'RING_FENCE_GRADE_OUT_OF_RANGE',
    );
    expect(message).toContain('(Grade 9) cannot be ring-fenced for Contract Manager (Grade 11)');
    const { events } = await run(RING_FENCE, { name: 'Monitoring officers', postIds: [post['HWY-2']], designPostIds: [d.monitoring] });
    expect(events.map((e) => e.type)).toEqual(['RingFencePoolFormed']);
  });

  it('allows an agreed trial up to the council’s 8 weeks and no longer', async () => {
    await run(AT_RISK, { postId: post['WST-1'] });
    await run(REDEPLOY, { postId: post['WST-1'], toDescription: 'Contract Monitoring Officer', priorityInterview: true });
    const trial = { postId: post['WST-1'], designPostId: d.monitoring, startDate: '2027-02-01', extendedByWrittenAgreement: true, agreementNote: 'Retraining' };
    const message = await refused(START_TRIAL, { ...trial, endDate: '2027-03-29' }, 'TRIAL_LONGER_THAN_POLICY');
    expect(message).toContain('must end by 2027-03-28');
    const { body } = await run(START_TRIAL, { ...trial, endDate: '2027-03-28' });
    expect(body.data!.startTrialPeriod.trial).toEqual({ endDate: '2027-03-28', extendedByWrittenAgreement: true });
  });

  it('protects pay for the months of the pack in force on the day protection starts, recording the taper', async () => {
    // Starting 1 February 2027, the day before version 2: 24 months.
    const protect = { postId: post['WST-1'], protectedGrade: 'Grade 9', startDate: '2027-02-01' };
    await refused(PROTECT, { ...protect, endDate: '2029-02-02' }, 'PAY_PROTECTION_TOO_LONG');
    const { body, events } = await run(PROTECT, { ...protect, endDate: '2029-02-01' });
    expect(events[0].data).toMatchObject({ maximumMonths: 24, taper: 'full', steps: [] });
    expect(body.data!.grantPayProtection.payProtection).toEqual({ protectedGrade: 'Grade 9', startDate: '2027-02-01', endDate: '2029-02-01', taper: 'FULL' });
  });
});

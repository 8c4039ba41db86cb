import type { RecordedEvent } from '@orgledger/event-store';
import { codeOf, DEMO_PASSWORD, startHarness, type GqlBody } from './support/harness';
import { addUser, base64, IMPORT_POSTS, makeAuthority } from './support/fixtures';

const ROW = `postId reference inEstablishment title serviceId grade fte vacant outcome designPostId route poolId dealId
  redeployment { toDescription priorityInterview } trial { designPostId startDate endDate extendedByWrittenAgreement }
  payProtection { protectedGrade startDate endDate } history { type reason at by effectiveDate designPostId }`;
const MAP = `query($p: ID!, $d: Boolean) { transitionMap(programmeId: $p, decidedOnly: $d) { programmeId chosenOptionId
  asIs { ${ROW} } toBe { designPostId title grade fte filledFte unfilledFte sources { postId reference how fte } }
  pools { id name postIds designPostIds } } }`;
const decision = (name: string, input: string) => `mutation($i: ${input}!) { ${name}(input: $i) { ${ROW} } }`;
const SLOT_IN = decision('recordSlotIn', 'RecordSlotInInput');
const RING_FENCE = 'mutation($i: PlaceInRingFenceInput!) { placeInRingFence(input: $i) { id name postIds designPostIds } }';
const SELECTION = decision('recordSelectionOutcome', 'RecordSelectionOutcomeInput');
const AT_RISK = decision('markAtRisk', 'MarkAtRiskInput');
const REDEPLOY = decision('recordRedeployment', 'RecordRedeploymentInput');
const START_TRIAL = decision('startTrialPeriod', 'StartTrialPeriodInput');
const END_TRIAL = decision('endTrialPeriod', 'EndTrialPeriodInput');
const PROTECT = decision('grantPayProtection', 'GrantPayProtectionInput');
const RELEASE = decision('releaseVacancy', 'ReleaseVacancyInput');

const DRAFT = 'mutation($i: DraftDesignOptionInput!) { draftDesignOption(input: $i) { optionId } }';
const ADD = 'mutation($i: AddDesignPostInput!) { addDesignPost(input: $i) { designPostId } }';
const CHOOSE = 'mutation($i: ChooseDesignOptionInput!) { chooseDesignOption(input: $i) { optionId } }';

const UNKNOWN = '0190a0a0-0000-7000-8000-00000000dead';
const CONSULTANT = { role: 'consultant', displayName: 'Alex Morgan' };

describe('role reassignments', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  let post: Record<string, string>;
  const d: Record<string, string> = {}; // to-be posts of the chosen option
  let poolId: string;

  const run = async (tok: string, query: string, i: Record<string, unknown>) => {
    const before = await h.eventCount();
    const res = await h.gql(tok, query, { i: { programmeId: t.programmeId, ...i } });
    const events = (await h.eventsSince(null)).slice(before);
    return { body: res.body, events };
  };
  const ok = (body: GqlBody) => {
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  const expectDecision = (events: RecordedEvent[], type: string, reason: string) => {
    expect(events.map((e) => e.type)).toEqual([type]);
    expect(events[0].streamName).toBe(`reassignments-${h.demo.tenantId}_${t.programmeId}`);
    expect(events[0].metadata).toMatchObject({ tenantId: h.demo.tenantId, authorityId: t.authorityId, actor: CONSULTANT, reason });
    expect(events[0].data).toMatchObject({ reason });
    return events[0].data as Record<string, any>;
  };
  // A refusal: the code expected, and nothing appended.
  const refused = async (query: string, i: Record<string, unknown>, code: string, errorCode?: string) => {
    const { body, events } = await run(token, query, { reason: 'Trying', ...i });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code, ...(errorCode ? { errorCode } : {}) });
    expect(events).toEqual([]);
  };
  const map = async (tok = token, p = t.programmeId, decidedOnly = false) => ok((await h.gql(tok, MAP, { p, d: decidedOnly })).body).transitionMap;

  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, token, 'Reassignshire Council');
    const sheet = [
      'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
      'HWY-1,Highways,Contracts Officer,Grade 9,30,1,EMP-1,no,51300',
      'HWY-2,Highways,Commissioning Officer,Grade 9,29,1,EMP-2,no,50200',
      'HWY-3,Highways,Commissioning Officer,Grade 9,29,0.6,EMP-3,no,30120',
      'WST-1,Waste,Commissioning Officer,Grade 9,29,1,EMP-4,no,50200',
      'WST-2,Waste,Contracts Officer,Grade 9,30,1,EMP-5,no,51300',
      'WST-3,Waste,Officer,Grade 6,17,1,,yes,36400',
    ].join('\n');
    await h.gql(token, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
    const posts = (await h.gql(token, 'query($a: ID!) { posts(authorityId: $a) { id reference } }', { a: t.authorityId })).body.data!.posts as {
      id: string;
      reference: string;
    }[];
    post = Object.fromEntries(posts.map((p) => [p.reference, p.id]));
    await addUser(h, {
      email: 'roads@reassignshire.example',
      displayName: 'Roads Director',
      role: 'SERVICE_DIRECTOR',
      password: DEMO_PASSWORD,
      authorityId: t.authorityId,
      serviceId: t.services.Highways,
    });
  });
  afterAll(() => h.close());

  it('refuses every decision until a design option is chosen', async () => {
    await refused(SLOT_IN, { postId: post['HWY-1'], designPostId: UNKNOWN, jobMatchPercent: 90 }, 'BAD_USER_INPUT', 'DESIGN_NOT_CHOSEN');
    await refused(RELEASE, { postId: post['WST-3'] }, 'BAD_USER_INPUT', 'DESIGN_NOT_CHOSEN');
    const { body } = await run(token, SLOT_IN, { postId: post['HWY-1'], designPostId: UNKNOWN, jobMatchPercent: 90, reason: 'x' });
    expect(body.errors![0].message).toMatch(/^Choose a design option first/);
    const empty = await map();
    expect(empty).toMatchObject({ chosenOptionId: null, toBe: [], pools: [] });
    expect(empty.asIs.map((r: { reference: string; outcome: string }) => [r.reference, r.outcome])).toEqual([
      ['HWY-1', 'NONE'],
      ['HWY-2', 'NONE'],
      ['HWY-3', 'NONE'],
      ['WST-1', 'NONE'],
      ['WST-2', 'NONE'],
      ['WST-3', 'NONE'],
    ]);
  });

  it('takes its to-be posts from the chosen option', async () => {
    const optionId = (await h.gql(token, DRAFT, { i: { programmeId: t.programmeId, name: 'Central team' } })).body.data!.draftDesignOption.optionId;
    const add = async (title: string, grade: number, fte: number, reportsTo: string | null) =>
      (
        await h.gql(token, ADD, {
          i: { programmeId: t.programmeId, optionId, title, grade, fte, reportsTo, responsibilities: ['Contracts'], indicativeCostPence: 100 },
        })
      ).body.data!.addDesignPost.designPostId as string;
    d.head = await add('Head of Contract Management', 13, 1000, null);
    d.manager = await add('Contract Manager', 11, 1000, d.head);
    d.officer = await add('Contract Officer', 9, 2000, d.head);
    d.monitoring = await add('Contract Monitoring Officer', 8, 1000, d.manager);
    ok((await h.gql(token, CHOOSE, { i: { programmeId: t.programmeId, optionId, reason: 'Only option' } })).body);
    const m = await map();
    expect(m.chosenOptionId).toBe(optionId);
    expect(m.toBe.map((x: { title: string; grade: number; fte: number; unfilledFte: number }) => [x.title, x.grade, x.fte, x.unfilledFte])).toEqual([
      ['Head of Contract Management', 13, 1000, 1000],
      ['Contract Manager', 11, 1000, 1000],
      ['Contract Officer', 9, 2000, 2000],
      ['Contract Monitoring Officer', 8, 1000, 1000],
    ]);
  });

  it('records a slot-in at or above the 70% threshold and refuses one below it', async () => {
    await refused(SLOT_IN, { postId: post['WST-2'], designPostId: d.officer, jobMatchPercent: 65 }, 'BAD_USER_INPUT', 'SLOT_IN_BELOW_THRESHOLD');
    const { body, events } = await run(token, SLOT_IN, {
      postId: post['HWY-1'],
      designPostId: d.officer,
      jobMatchPercent: 80,
      reason: 'Job-matching panel, 80%',
    });
    expect(expectDecision(events, 'SlotInRecorded', 'Job-matching panel, 80%')).toEqual({
      postId: post['HWY-1'],
      designPostId: d.officer,
      jobMatchPercent: 80,
      minimumJobMatchPercent: 70,
      fte: 1000,
      reason: 'Job-matching panel, 80%',
    });
    const row = ok(body).recordSlotIn;
    expect(row).toMatchObject({ reference: 'HWY-1', outcome: 'SLOTTED_IN', route: 'SLOT_IN', designPostId: d.officer, title: 'Contracts Officer', fte: 1000 });
    expect(row.history).toEqual([
      {
        type: 'SlotInRecorded',
        reason: 'Job-matching panel, 80%',
        at: events[0].metadata.occurredAt,
        by: 'Alex Morgan',
        effectiveDate: null,
        designPostId: d.officer,
      },
    ]);
    const boundary = await run(token, SLOT_IN, {
      postId: post['WST-2'],
      designPostId: d.officer,
      jobMatchPercent: 70,
      reason: 'Job-matching panel, exactly 70%',
    });
    expect(expectDecision(boundary.events, 'SlotInRecorded', 'Job-matching panel, exactly 70%').jobMatchPercent).toBe(70);
    await refused(SLOT_IN, { postId: post['HWY-1'], designPostId: d.officer, jobMatchPercent: 95 }, 'CONFLICT', 'ALREADY_SLOTTED_IN');
    await refused(SLOT_IN, { postId: post['HWY-2'], designPostId: d.officer, jobMatchPercent: 95 }, 'BAD_USER_INPUT', 'DESIGN_POST_FULL');
    await refused(SLOT_IN, { postId: post['WST-3'], designPostId: d.head, jobMatchPercent: 95 }, 'BAD_USER_INPUT', 'VACANT_POST');
  });

  it('forms a ring-fence pool and records its selection outcomes', async () => {
    const { body, events } = await run(token, RING_FENCE, {
      name: 'Contract Manager ring fence',
      postIds: [post['HWY-2'], post['HWY-3'], post['WST-1']],
      designPostIds: [d.manager],
      reason: 'Job match below 70% for all three',
    });
    const pool = ok(body).placeInRingFence;
    poolId = pool.id;
    expect(pool).toEqual({
      id: poolId,
      name: 'Contract Manager ring fence',
      postIds: [post['HWY-2'], post['HWY-3'], post['WST-1']],
      designPostIds: [d.manager],
    });
    expect(expectDecision(events, 'RingFencePoolFormed', 'Job match below 70% for all three')).toMatchObject({ poolId, name: 'Contract Manager ring fence' });

    const appointed = await run(token, SELECTION, {
      poolId,
      postId: post['HWY-2'],
      outcome: 'APPOINTED',
      designPostId: d.manager,
      reason: 'Highest interview score',
    });
    expect(expectDecision(appointed.events, 'SelectionOutcomeRecorded', 'Highest interview score')).toMatchObject({
      outcome: 'appointed',
      designPostId: d.manager,
      fte: 1000,
    });
    expect(ok(appointed.body).recordSelectionOutcome).toMatchObject({ outcome: 'APPOINTED', route: 'RING_FENCE', poolId, designPostId: d.manager });
    const notAppointed = await run(token, SELECTION, { poolId, postId: post['WST-1'], outcome: 'NOT_APPOINTED', reason: 'Below the appointable score' });
    expect(expectDecision(notAppointed.events, 'SelectionOutcomeRecorded', 'Below the appointable score')).toMatchObject({
      outcome: 'not_appointed',
      designPostId: null,
    });
    await refused(SELECTION, { poolId, postId: post['HWY-3'], outcome: 'APPOINTED', designPostId: d.manager }, 'BAD_USER_INPUT', 'DESIGN_POST_FULL');
    await refused(SELECTION, { poolId, postId: post['HWY-1'], outcome: 'NOT_APPOINTED' }, 'BAD_USER_INPUT', 'POST_NOT_IN_POOL');
    await refused(SELECTION, { poolId: UNKNOWN, postId: post['HWY-3'], outcome: 'NOT_APPOINTED' }, 'NOT_FOUND', 'POOL_NOT_FOUND');
  });

  it('marks the postholder not appointed at risk, records a redeployment and a trial period of at most 4 weeks', async () => {
    const risk = await run(token, AT_RISK, { postId: post['WST-1'], reason: 'At-risk notice issued' });
    expectDecision(risk.events, 'PostholderAtRisk', 'At-risk notice issued');
    expect(ok(risk.body).markAtRisk.outcome).toBe('AT_RISK');
    const redeploy = await run(token, REDEPLOY, {
      postId: post['WST-1'],
      toDescription: 'Contract Monitoring Officer (Grade 8)',
      priorityInterview: true,
      reason: 'Suitable alternative offered',
    });
    expect(expectDecision(redeploy.events, 'RedeploymentRecorded', 'Suitable alternative offered')).toMatchObject({
      toDescription: 'Contract Monitoring Officer (Grade 8)',
      priorityInterview: true,
    });
    expect(ok(redeploy.body).recordRedeployment).toMatchObject({
      outcome: 'REDEPLOYMENT',
      redeployment: { toDescription: 'Contract Monitoring Officer (Grade 8)', priorityInterview: true },
    });

    const trial = { postId: post['WST-1'], designPostId: d.monitoring, startDate: '2027-02-01' };
    await refused(START_TRIAL, { ...trial, endDate: '2027-03-01' }, 'BAD_USER_INPUT', 'TRIAL_TOO_LONG');
    await refused(START_TRIAL, { ...trial, endDate: '2027-03-08', extendedByWrittenAgreement: true }, 'BAD_USER_INPUT', 'TEXT_REQUIRED');
    await refused(START_TRIAL, { ...trial, endDate: '2027-01-31' }, 'BAD_USER_INPUT', 'DATES_OUT_OF_ORDER');
    await refused(START_TRIAL, { ...trial, designPostId: UNKNOWN, endDate: '2027-02-28' }, 'NOT_FOUND', 'DESIGN_POST_NOT_FOUND');
    const started = await run(token, START_TRIAL, { ...trial, endDate: '2027-02-28', reason: 'Statutory four-week trial' });
    expect(expectDecision(started.events, 'TrialPeriodStarted', 'Statutory four-week trial')).toMatchObject({
      startDate: '2027-02-01',
      endDate: '2027-02-28',
      extendedByWrittenAgreement: false,
      agreementNote: null,
      fte: 1000,
    });
    const row = ok(started.body).startTrialPeriod;
    expect(row).toMatchObject({
      outcome: 'ON_TRIAL',
      route: 'REDEPLOYMENT',
      trial: { designPostId: d.monitoring, startDate: '2027-02-01', endDate: '2027-02-28', extendedByWrittenAgreement: false },
    });
    expect(row.history.at(-1)).toMatchObject({ type: 'TrialPeriodStarted', effectiveDate: '2027-02-01', by: 'Alex Morgan' });

    const ended = await run(token, END_TRIAL, { postId: post['WST-1'], outcome: 'CONFIRMED', reason: 'Trial completed satisfactorily' });
    expect(expectDecision(ended.events, 'TrialPeriodEnded', 'Trial completed satisfactorily')).toEqual({
      postId: post['WST-1'],
      outcome: 'confirmed',
      reason: 'Trial completed satisfactorily',
    });
    expect(ok(ended.body).endTrialPeriod.outcome).toBe('CONFIRMED');
    await refused(END_TRIAL, { postId: post['WST-1'], outcome: 'UNSUITABLE' }, 'CONFLICT', 'REASSIGNMENT_NOT_ALLOWED');
  });

  it('allows an extended trial only with a written agreement', async () => {
    const hwy3 = post['HWY-3'];
    await run(token, SELECTION, { poolId, postId: hwy3, outcome: 'NOT_APPOINTED', reason: 'Not appointed' });
    await run(token, AT_RISK, { postId: hwy3, reason: 'At risk' });
    await run(token, REDEPLOY, { postId: hwy3, toDescription: 'Officer, Waste', priorityInterview: false, reason: 'Offered outside the function' });
    const extended = await run(token, START_TRIAL, {
      postId: hwy3,
      startDate: '2027-02-01',
      endDate: '2027-04-26',
      extendedByWrittenAgreement: true,
      agreementNote: 'Twelve weeks for retraining, agreed in writing on 20 January',
      reason: 'Retraining needed',
    });
    expect(expectDecision(extended.events, 'TrialPeriodStarted', 'Retraining needed')).toMatchObject({ designPostId: null, extendedByWrittenAgreement: true });
    expect(ok(extended.body).startTrialPeriod).toMatchObject({ outcome: 'ON_TRIAL', designPostId: null, route: null });
  });

  it('grants pay protection for at most 36 months, once', async () => {
    const protect = { postId: post['WST-1'], protectedGrade: 'Grade 9', startDate: '2027-02-01' };
    await refused(PROTECT, { ...protect, endDate: '2030-02-02' }, 'BAD_USER_INPUT', 'PAY_PROTECTION_TOO_LONG');
    const { body, events } = await run(token, PROTECT, { ...protect, endDate: '2030-02-01', reason: 'Redeployed one grade lower' });
    expect(expectDecision(events, 'PayProtectionGranted', 'Redeployed one grade lower')).toEqual({
      ...protect,
      endDate: '2030-02-01',
      maximumMonths: 36,
      // Reassignshire has no policy pack: the national default, full protection for 36 months.
      taper: 'full',
      steps: [],
      reason: 'Redeployed one grade lower',
    });
    expect(ok(body).grantPayProtection).toMatchObject({
      outcome: 'CONFIRMED',
      payProtection: { protectedGrade: 'Grade 9', startDate: '2027-02-01', endDate: '2030-02-01' },
    });
    await refused(PROTECT, { ...protect, endDate: '2028-02-01' }, 'CONFLICT', 'PAY_PROTECTION_ALREADY_GRANTED');
  });

  it('releases a vacant post and refuses a filled one', async () => {
    await refused(RELEASE, { postId: post['HWY-1'] }, 'BAD_USER_INPUT', 'POST_NOT_VACANT');
    await refused(RELEASE, { postId: UNKNOWN }, 'NOT_FOUND', 'POST_NOT_FOUND');
    await refused(RELEASE, { postId: post['WST-3'], dealId: UNKNOWN }, 'NOT_FOUND', 'DEAL_NOT_FOUND');
    await refused(RELEASE, { postId: 'not-a-uuid' }, 'BAD_USER_INPUT', 'INVALID_ID');
    const { body, events } = await run(token, RELEASE, { postId: post['WST-3'], reason: 'Vacant; budget released to the new function' });
    expect(expectDecision(events, 'VacancyReleased', 'Vacant; budget released to the new function')).toEqual({
      postId: post['WST-3'],
      dealId: null,
      reason: 'Vacant; budget released to the new function',
    });
    expect(ok(body).releaseVacancy).toMatchObject({ outcome: 'VACANCY_RELEASED', vacant: true });
  });

  it('needs a reason for every decision and refuses unknown ids, appending nothing', async () => {
    const before = await h.eventCount();
    // The reason is checked last, so the decision must otherwise be allowed: pay protection for a slot-in.
    const protect = { programmeId: t.programmeId, postId: post['HWY-1'], protectedGrade: 'Grade 9', startDate: '2027-02-01', endDate: '2028-02-01' };
    const blank = await h.gql(token, PROTECT, { i: { ...protect, reason: ' ' } });
    expect(blank.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'TEXT_REQUIRED' });
    const missing = await h.gql(token, AT_RISK, { i: { programmeId: t.programmeId, postId: post['HWY-1'] } });
    expect(codeOf(missing.body)).toBe('BAD_USER_INPUT');
    await refused(AT_RISK, { postId: UNKNOWN }, 'NOT_FOUND', 'POST_NOT_FOUND');
    await refused(SLOT_IN, { postId: post['HWY-3'], designPostId: UNKNOWN, jobMatchPercent: 90 }, 'NOT_FOUND', 'DESIGN_POST_NOT_FOUND');
    await refused(RING_FENCE, { name: 'Pool', postIds: [UNKNOWN], designPostIds: [d.head] }, 'NOT_FOUND', 'POST_NOT_FOUND');
    await refused(REDEPLOY, { postId: post['HWY-1'], toDescription: 'Elsewhere', priorityInterview: false }, 'CONFLICT', 'REASSIGNMENT_NOT_ALLOWED');
    expect(codeOf((await h.gql(token, MAP, { p: UNKNOWN })).body)).toBe('NOT_FOUND');
    expect(await h.eventCount()).toBe(before);
  });

  it('lists every as-is source of each to-be post, with each post’s history and its times', async () => {
    const m = await map();
    const toBe = Object.fromEntries(m.toBe.map((x: { title: string }) => [x.title, x]));
    expect(toBe['Contract Officer']).toMatchObject({
      sources: [
        { postId: post['HWY-1'], reference: 'HWY-1', how: 'SLOT_IN', fte: 1000 },
        { postId: post['WST-2'], reference: 'WST-2', how: 'SLOT_IN', fte: 1000 },
      ],
      filledFte: 2000,
      unfilledFte: 0,
    });
    expect(toBe['Contract Manager'].sources).toEqual([{ postId: post['HWY-2'], reference: 'HWY-2', how: 'RING_FENCE', fte: 1000 }]);
    expect(toBe['Contract Monitoring Officer'].sources).toEqual([{ postId: post['WST-1'], reference: 'WST-1', how: 'REDEPLOYMENT', fte: 1000 }]);
    expect(toBe['Head of Contract Management']).toMatchObject({ sources: [], filledFte: 0, unfilledFte: 1000 });
    const wst1 = m.asIs.find((r: { reference: string }) => r.reference === 'WST-1');
    expect(wst1.history.map((s: { type: string }) => s.type)).toEqual([
      'RingFencePoolFormed',
      'SelectionOutcomeRecorded',
      'PostholderAtRisk',
      'RedeploymentRecorded',
      'TrialPeriodStarted',
      'TrialPeriodEnded',
      'PayProtectionGranted',
    ]);
    const times = wst1.history.map((s: { at: string }) => s.at);
    expect(times.every((at: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(at))).toBe(true);
    expect([...times].sort()).toEqual(times);
    const recorded = (await h.eventsSince(null)).filter(
      (e) =>
        e.streamName === `reassignments-${h.demo.tenantId}_${t.programmeId}` &&
        (e.data.postId === post['WST-1'] || (e.data.postIds as string[] | undefined)?.includes(post['WST-1'])),
    );
    expect(times).toEqual(recorded.map((e) => e.metadata.occurredAt));
    expect(m.pools).toEqual([
      { id: poolId, name: 'Contract Manager ring fence', postIds: [post['HWY-2'], post['HWY-3'], post['WST-1']], designPostIds: [d.manager] },
    ]);
    const decided = await map(token, t.programmeId, true);
    expect(decided.asIs.map((r: { reference: string }) => r.reference)).toEqual(['HWY-1', 'HWY-2', 'HWY-3', 'WST-1', 'WST-2', 'WST-3']);
  });

  it('shows a service director only their own service’s as-is posts and sources, but every to-be post', async () => {
    const director = await h.signIn('roads@reassignshire.example');
    const m = await map(director);
    expect(m.asIs.map((r: { reference: string }) => r.reference)).toEqual(['HWY-1', 'HWY-2', 'HWY-3']);
    const all = (await map()).toBe as { designPostId: string; sources: { reference: string }[] }[];
    expect(m.toBe.map((x: { designPostId: string }) => x.designPostId)).toEqual(all.map((x) => x.designPostId));
    const sources = m.toBe.flatMap((x: { sources: { reference: string }[] }) => x.sources.map((s) => s.reference));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((r: string) => r.startsWith('HWY-'))).toBe(true);
    expect(m.pools[0].postIds).toEqual([post['HWY-2'], post['HWY-3']]);
  });

  it('answers NOT_FOUND to another tenant and FORBIDDEN to auditors and portal users, appending nothing', async () => {
    const other = await h.signIn(h.other.adminEmail);
    const programmes = (await h.gql(token, '{ programmes { id authorityId } }')).body.data!.programmes;
    const northshire = programmes.find((x: { authorityId: string }) => x.authorityId === h.demo.authorities.northshire).id;
    const attempts = (programmeId: string): [string, Record<string, unknown>][] => [
      [SLOT_IN, { programmeId, postId: post['HWY-3'], designPostId: d.head, jobMatchPercent: 90 }],
      [RING_FENCE, { programmeId, name: 'Pool', postIds: [post['HWY-3']], designPostIds: [d.head] }],
      [SELECTION, { programmeId, poolId, postId: post['HWY-3'], outcome: 'NOT_APPOINTED' }],
      [AT_RISK, { programmeId, postId: post['HWY-3'] }],
      [REDEPLOY, { programmeId, postId: post['HWY-3'], toDescription: 'x', priorityInterview: false }],
      [START_TRIAL, { programmeId, postId: post['HWY-3'], startDate: '2027-01-01', endDate: '2027-01-10' }],
      [END_TRIAL, { programmeId, postId: post['HWY-3'], outcome: 'CONFIRMED' }],
      [PROTECT, { programmeId, postId: post['HWY-3'], protectedGrade: 'Grade 9', startDate: '2027-01-01', endDate: '2028-01-01' }],
      [RELEASE, { programmeId, postId: post['WST-3'] }],
    ];
    const before = await h.eventCount();
    expect(codeOf((await h.gql(other, MAP, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    for (const [query, i] of attempts(t.programmeId)) expect(codeOf((await h.gql(other, query, { i: { ...i, reason: 'Intruder' } })).body)).toBe('NOT_FOUND');
    for (const email of ['auditor@meridian.example', 'hr@northshire.example', 'finance@northshire.example', 'director.highways@northshire.example']) {
      const reader = await h.signIn(email);
      for (const [query, i] of attempts(northshire))
        expect(codeOf((await h.gql(reader, query, { i: { ...i, reason: 'Not mine to decide' } })).body)).toBe('FORBIDDEN');
    }
    const director = await h.signIn('roads@reassignshire.example');
    for (const [query, i] of attempts(t.programmeId)) expect(codeOf((await h.gql(director, query, { i: { ...i, reason: 'Mine?' } })).body)).toBe('FORBIDDEN');
    expect(await h.eventCount()).toBe(before);
  });

  it('seeds the Northshire transition: slot-ins, a ring fence, a redeployment on trial with pay protection, a released vacancy', async () => {
    const programmes = (await h.gql(token, '{ programmes { id authorityId } }')).body.data!.programmes;
    const northshire = programmes.find((x: { authorityId: string }) => x.authorityId === h.demo.authorities.northshire).id;
    const m = await map(token, northshire, true);
    const outcome = Object.fromEntries(m.asIs.map((r: { reference: string; outcome: string }) => [r.reference, r.outcome]));
    expect(outcome).toEqual({
      'ACM-0003': 'APPOINTED',
      'ACM-0004': 'VACANCY_RELEASED',
      'ACM-0005': 'ON_TRIAL',
      'ACM-0006': 'IN_POOL',
      'ACM-0007': 'SLOTTED_IN',
      'ACM-0008': 'SLOTTED_IN',
      'HST-0006': 'SLOTTED_IN',
      'HWY-0013': 'SLOTTED_IN',
    });
    const acm5 = m.asIs.find((r: { reference: string }) => r.reference === 'ACM-0005');
    expect(acm5).toMatchObject({ payProtection: { protectedGrade: 'Grade 9' }, trial: { startDate: '2027-02-01', endDate: '2027-02-28' } });
    const sources = m.toBe.flatMap((x: { sources: { reference: string; how: string }[] }) => x.sources.map((s) => `${s.reference}:${s.how}`)).sort();
    expect(sources).toEqual(['ACM-0003:RING_FENCE', 'ACM-0005:REDEPLOYMENT', 'ACM-0007:SLOT_IN', 'ACM-0008:SLOT_IN', 'HST-0006:SLOT_IN', 'HWY-0013:SLOT_IN']);
    // HR and the auditor see every as-is post; the Highways director only Highways', but every to-be post.
    const hr = await map(await h.signIn('hr@northshire.example'), northshire, true);
    expect(hr.asIs).toEqual(m.asIs);
    const auditor = await map(await h.signIn('auditor@meridian.example'), northshire, true);
    expect(auditor.asIs).toEqual(m.asIs);
    const highways = await map(await h.signIn('director.highways@northshire.example'), northshire);
    expect(highways.asIs.length).toBeGreaterThan(10);
    expect(highways.asIs.every((r: { reference: string }) => r.reference.startsWith('HWY-'))).toBe(true);
    expect(highways.toBe.map((x: { designPostId: string }) => x.designPostId)).toEqual(m.toBe.map((x: { designPostId: string }) => x.designPostId));
    const theirSources = highways.toBe.flatMap((x: { sources: { reference: string }[] }) => x.sources.map((s) => s.reference));
    expect(theirSources).toEqual(['HWY-0013']);
  });
});

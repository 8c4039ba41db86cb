import { STANDARD_REFERENCE_DATA, tableInForce } from '@orgledger/reference-data';
import { codeOf, DEMO_PASSWORD, startHarness } from './support/harness';
import { approveAtDesignAuthority, makeConsultationProgramme } from './support/fixtures';

const PLAN = `planId programmeId title establishment proposedDismissals recognisedUnions status draftedOn launchedOn launchRuleIds revision
  dates { staffBriefing consultationStart consultationClose responseToFeedback finalStructurePublished selectionStart selectionEnd noticesIssued appealsClose firstDismissal goLive hr1SentOn }
  figures { ruleDate collectiveRequired minimumDays collectiveRule collectiveSource hr1Required hr1LeadDays hr1Deadline hr1RuleId earliestFirstDismissal latestConsultationStart }
  warnings { code message rule source dates } gate { open reason }
  disclosures { item given givenOn documentRef unions } tradeUnionLog { entryId date kind unions summary }
  individuals { postId postReference person atRisk placement meetings { meetingId date kind note } outcome outcomeDecidedOn appeal { lodgedOn result decidedOn } }
  timeline { from to bars { key start end } constraints { key date rule } }
  exposure { applies breached ruleId maximumDays toBeConfirmed totalPence people { postId person annualPayPence maximumPence } }
  equality { assessment { documentRef assessedOn findings } stages stageTotals rows { characteristic category counts } suppressBelow }`;
const op = (name: string, input: string) => `mutation($i: ${input}!) { ${name}(input: $i) { ${PLAN} } }`;
const DRAFT = op('draftConsultationPlan', 'DraftConsultationPlanInput');
const DATES = op('planConsultationDates', 'PlanConsultationDatesInput');
const DISCLOSE = op('recordDisclosure', 'RecordDisclosureInput');
const TU_LOG = op('logTradeUnionEngagement', 'LogTradeUnionEngagementInput');
const MEETING = op('recordIndividualMeeting', 'RecordIndividualMeetingInput');
const OUTCOME = op('recordIndividualOutcome', 'RecordIndividualOutcomeInput');
const APPEAL = op('recordIndividualAppeal', 'RecordIndividualAppealInput');
const EQIA = op('recordEqualityImpactAssessment', 'RecordEqualityImpactAssessmentInput');
const TRAITS = op('recordProtectedCharacteristics', 'RecordProtectedCharacteristicsInput');
const LAUNCH = op('launchConsultation', 'LaunchConsultationInput');
const ONE = `query($id: ID!) { consultationPlan(planId: $id) { ${PLAN} } }`;
const LIST = 'query($p: ID!) { consultationPlans(programmeId: $p) { planId title } }';
const ITEMS = [
  'REASONS',
  'NUMBERS_AND_DESCRIPTIONS',
  'TOTALS_BY_DESCRIPTION',
  'SELECTION_METHOD',
  'DISMISSAL_METHOD_AND_TIMETABLE',
  'REDUNDANCY_PAY_METHOD',
  'AGENCY_WORKERS',
];
const UNKNOWN = '0190a0a0-0000-7000-8000-00000000dead';

// 25 proposed dismissals, consultation from 11 January 2027, first dismissal only 21 days later.
const BREAKING = {
  staffBriefing: '2027-01-08',
  consultationStart: '2027-01-11',
  consultationClose: '2027-01-29',
  responseToFeedback: '2027-01-29',
  finalStructurePublished: '2027-01-29',
  selectionStart: '2027-01-30',
  selectionEnd: '2027-01-30',
  noticesIssued: '2027-01-30',
  appealsClose: '2027-01-31',
  firstDismissal: '2027-02-01',
  goLive: '2027-02-15',
  hr1SentOn: '2027-01-11',
};

describe('staff consultation planner', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let consultant: string;
  let t: Awaited<ReturnType<typeof makeConsultationProgramme>>;
  let planId: string;

  const ok = async (token: string, query: string, variables: Record<string, unknown>) => {
    const res = await h.gql(token, query, variables);
    expect(res.body.errors).toBeUndefined();
    return Object.values(res.body.data!)[0] as Record<string, any>;
  };
  const appended = async (run: () => Promise<unknown>) => {
    const before = await h.eventCount();
    await run();
    return (await h.eventsSince(null)).slice(before);
  };

  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeConsultationProgramme(h, consultant, 'Consultshire');
  });
  afterAll(() => h.close());

  it('drafts a plan from the transition map with the statutory period, the HR1 deadline and each breach with its rule and source', async () => {
    let plan: Record<string, any> = {};
    const events = await appended(async () => {
      plan = await ok(consultant, DRAFT, {
        i: {
          programmeId: t.programmeId,
          title: 'Contract management restructure',
          establishment: 'Consultshire Civic Centre',
          proposedDismissals: 25,
          recognisedUnions: ['UNISON'],
          dates: BREAKING,
          reason: 'Approved change',
        },
      });
    });
    planId = plan.planId;
    // The slotted-in postholder's old and new grade and hours are read with the people (TULRCA s.195).
    const stream = `consultationPlan-${h.demo.tenantId}_${t.programmeId}.${planId}`;
    expect(events.map((e) => [e.type, e.streamName])).toEqual([
      ['ConsultationPlanDrafted', stream],
      ['AffectedTermsRead', stream],
    ]);
    expect(events[0].metadata).toMatchObject({ tenantId: h.demo.tenantId, authorityId: t.authorityId, reason: 'Approved change' });
    expect(plan.individuals.map((p: any) => [p.postReference, p.person, p.atRisk, p.placement])).toEqual([
      ['HWY-1', 'EMP-1', false, 'slotted'],
      ['HWY-2', 'EMP-2', true, null],
      ['WST-1', 'EMP-3', true, null],
    ]);
    expect(plan.figures).toMatchObject({
      collectiveRequired: true,
      minimumDays: 30,
      hr1LeadDays: 30,
      hr1Deadline: '2027-01-02',
      earliestFirstDismissal: '2027-02-10',
      latestConsultationStart: '2027-01-02',
    });
    const codes = plan.warnings.map((w: any) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['MINIMUM_PERIOD_NOT_MET', 'HR1_LATE', 'DISCLOSURE_NOT_GIVEN']));
    const period = plan.warnings.find((w: any) => w.code === 'MINIMUM_PERIOD_NOT_MET');
    expect(period.rule).toBe('TULRCA 1992 s.188');
    expect(period.source).toMatch(/https:\/\//);
    expect(plan.status).toBe('draft');
    expect(plan.timeline.constraints.map((c: any) => c.key)).toEqual(['earliest_first_dismissal', 'latest_consultation_start', 'hr1_deadline']);
    expect((await ok(consultant, LIST, { p: t.programmeId })).map((p: any) => p.planId)).toEqual([planId]);
  });

  it('refuses launch while the Design Authority has not approved, even for a plan that keeps every rule', async () => {
    await ok(consultant, DATES, {
      i: {
        planId,
        dates: {
          firstDismissal: '2027-03-31',
          noticesIssued: '2027-03-01',
          appealsClose: '2027-03-15',
          consultationClose: '2027-02-10',
          responseToFeedback: '2027-02-12',
          finalStructurePublished: '2027-02-12',
          selectionStart: '2027-02-15',
          selectionEnd: '2027-02-26',
          goLive: '2027-04-01',
        },
      },
    });
    for (const item of ITEMS) await ok(consultant, DISCLOSE, { i: { planId, item, givenOn: '2027-01-11', documentRef: `S188 letter ${item}` } });
    const plan = await ok(consultant, ONE, { id: planId });
    expect(plan.warnings).toEqual([]);
    expect(plan.gate.open).toBe(false);
    const res = await h.refused(consultant, LAUNCH, { i: { planId } }, 'BAD_USER_INPUT', 'DESIGN_AUTHORITY_GATE_CLOSED');
    expect(res.body.errors![0].message).toMatch(
      /^Consultation cannot be launched until the Design Authority has approved the proposal: nothing has been submitted/,
    );
  });

  it('keeps a plan that breaks a rule a draft with its warning, and launches once it is fixed and the gate is open', async () => {
    expect(await approveAtDesignAuthority(h, consultant, t)).toBe(true);
    const broken = await ok(consultant, DATES, {
      i: { planId, dates: { firstDismissal: '2027-02-09', noticesIssued: '2027-02-01', appealsClose: '2027-02-05' } },
    });
    // Notices on 1 February are also before consultation closes (Junk v Kühnel).
    expect(broken.warnings.map((w: any) => w.code)).toEqual(['MINIMUM_PERIOD_NOT_MET', 'HR1_LATE', 'NOTICE_BEFORE_CONSULTATION_END']);
    await h.refused(consultant, LAUNCH, { i: { planId } }, 'BAD_USER_INPUT', 'CONSULTATION_PLAN_HAS_BREACHES');
    // The screen's revision guards against a concurrent change.
    await h.refused(
      consultant,
      DATES,
      { i: { planId, expectedRevision: broken.revision - 1, dates: { firstDismissal: '2027-03-31' } } },
      'CONFLICT',
      'STALE_REVISION',
    );
    await ok(consultant, DATES, {
      i: { planId, expectedRevision: broken.revision, dates: { firstDismissal: '2027-03-31', noticesIssued: '2027-03-01', appealsClose: '2027-03-15' } },
    });
    let launched: Record<string, any> = {};
    const events = await appended(async () => (launched = await ok(consultant, LAUNCH, { i: { planId } })));
    expect(events.map((e) => e.type)).toEqual(['ConsultationLaunched']);
    expect(events[0].data).toMatchObject({
      collectiveRequired: true,
      minimumDays: 30,
      hr1Deadline: '2027-03-01',
      ruleIds: ['tulrca-s188-2013', 'tulrca-s193-online-2025-12', 'tulrca-s189-180-days-era-2025'],
    });
    expect([launched.status, launched.launchedOn]).toEqual(['launched', new Date().toISOString().slice(0, 10)]);
    await h.refused(consultant, LAUNCH, { i: { planId } }, 'CONFLICT', 'CONSULTATION_ALREADY_LAUNCHED');
  });

  it('puts the protective-award exposure at 180 days’ gross pay per person, matching an independent calculation', async () => {
    const plan = await ok(consultant, ONE, { id: planId });
    const spine = tableInForce(STANDARD_REFERENCE_DATA.paySpine, plan.draftedOn).values.points;
    // gross pay = SCP pay × FTE (thousandths), to the penny below; award = pay × 180 ÷ 364, to the penny below
    const expected = [
      [30, 1000n],
      [25, 1000n],
      [27, 600n],
    ].map(([scp, fte]) => {
      const annual = (BigInt(spine[scp as number]) * (fte as bigint)) / 1000n;
      return { annual: Number(annual), award: Number((annual * 180n) / 364n) };
    });
    expect(plan.exposure).toMatchObject({ applies: true, breached: false, maximumDays: 180, toBeConfirmed: false, ruleId: 'tulrca-s189-180-days-era-2025' });
    expect(plan.exposure.people.map((p: any) => [p.annualPayPence, p.maximumPence])).toEqual(expected.map((e) => [e.annual, e.award]));
    expect(plan.exposure.totalPence).toBe(expected.reduce((s, e) => s + e.award, 0));
  });

  it('lets the council HR partner record disclosures, union meetings and individual consultation in the portal, but not plan or launch', async () => {
    const hr = t.users.HR_PARTNER;
    const logged = await appended(() =>
      ok(hr, TU_LOG, { i: { planId, date: '2027-01-12', kind: 'MEETING', unions: ['UNISON'], summary: 'Opening meeting; selection criteria tabled' } }),
    );
    expect(logged.map((e) => [e.type, e.metadata.actor.role])).toEqual([['TradeUnionEngagementLogged', 'hr_partner']]);
    const hwy2 = t.postIds['HWY-2'];
    await ok(hr, MEETING, { i: { planId, postId: hwy2, date: '2027-01-14', kind: 'FIRST', note: 'Own scores and the selection criteria shared' } });
    await ok(hr, OUTCOME, { i: { planId, postId: hwy2, outcome: 'DISMISSED', decidedOn: '2027-02-26' } });
    const plan = await ok(hr, APPEAL, { i: { planId, postId: hwy2, lodgedOn: '2027-03-05', result: 'PENDING' } });
    const person = plan.individuals.find((p: any) => p.postId === hwy2);
    expect(person).toMatchObject({
      outcome: 'DISMISSED',
      outcomeDecidedOn: '2027-02-26',
      appeal: { lodgedOn: '2027-03-05', result: 'PENDING', decidedOn: null },
    });
    expect(person.meetings).toEqual([expect.objectContaining({ date: '2027-01-14', kind: 'FIRST' })]);
    expect(plan.tradeUnionLog).toEqual([expect.objectContaining({ kind: 'MEETING', unions: ['UNISON'] })]);
    await h.refused(hr, DATES, { i: { planId, dates: { goLive: '2027-05-01' } } }, 'FORBIDDEN');
    await h.refused(hr, LAUNCH, { i: { planId } }, 'FORBIDDEN');
  });

  it('records the EqIA and shows the pool by stage with every count under 5 suppressed', async () => {
    await ok(consultant, EQIA, { i: { planId, documentRef: 'EQIA-2027-01', assessedOn: '2027-01-05', findings: 'No disproportionate impact on any group' } });
    const entries = ['HWY-1', 'HWY-2', 'WST-1'].map((ref, i) => ({ postId: t.postIds[ref], characteristic: 'SEX', category: i === 0 ? 'Male' : 'Female' }));
    const plan = await ok(consultant, TRAITS, { i: { planId, entries } });
    expect(plan.equality).toEqual({
      assessment: { documentRef: 'EQIA-2027-01', assessedOn: '2027-01-05', findings: 'No disproportionate impact on any group' },
      stages: ['in_scope', 'at_risk', 'slotted', 'redeployed', 'dismissed'],
      stageTotals: [3, 2, 1, 0, 1],
      rows: [
        { characteristic: 'SEX', category: 'Female', counts: [null, null, null, null, null] },
        { characteristic: 'SEX', category: 'Male', counts: [null, null, null, null, null] },
      ],
      suppressBelow: 5,
    });
  });

  it('answers bad input with a clear client error and appends nothing', async () => {
    await h.refused(consultant, DATES, { i: { planId, dates: { firstDismissal: '2027-02-30' } } }, 'BAD_USER_INPUT', 'INVALID_DATE');
    await h.refused(
      consultant,
      DRAFT,
      { i: { programmeId: t.programmeId, title: 'x', establishment: 'y', proposedDismissals: -3, recognisedUnions: [] } },
      'BAD_USER_INPUT',
      'INVALID_PROPOSED_DISMISSALS',
    );
    await h.refused(
      consultant,
      MEETING,
      { i: { planId, postId: UNKNOWN, date: '2027-01-14', kind: 'FIRST', note: 'n' } },
      'BAD_USER_INPUT',
      'PERSON_NOT_AFFECTED',
    );
    await h.refused(consultant, DISCLOSE, { i: { planId, item: 'PENSIONS', givenOn: '2027-01-11', documentRef: 'x' } }, 'BAD_USER_INPUT');
    await h.refused(consultant, EQIA, { i: { planId, documentRef: '', assessedOn: '2027-01-05', findings: 'x' } }, 'BAD_USER_INPUT');
    await h.refused(
      consultant,
      APPEAL,
      { i: { planId, postId: t.postIds['WST-1'], lodgedOn: '2027-03-05', result: 'UPHELD', decidedOn: '2027-03-01' } },
      'BAD_USER_INPUT',
      'DATES_OUT_OF_ORDER',
    );
  });

  it('holds two Northshire scenarios in the demo: individual consultation only (launched), and 25 proposed with the 30-day rule broken', async () => {
    const [northshire] = (await ok(consultant, 'query($a: ID) { programmes(authorityId: $a) { id } }', { a: h.demo.authorities.northshire })) as unknown as {
      id: string;
    }[];
    const plans = (await h.gql(consultant, `query($p: ID!) { consultationPlans(programmeId: $p) { ${PLAN} } }`, { p: northshire.id })).body.data!
      .consultationPlans;
    const individual = plans.find((p: any) => p.proposedDismissals < 20);
    const collective = plans.find((p: any) => p.proposedDismissals === 25);
    expect([individual.status, individual.figures.collectiveRequired, individual.exposure.applies]).toEqual(['launched', false, false]);
    expect(individual.individuals.some((p: any) => p.meetings.length > 0)).toBe(true);
    expect([collective.status, collective.figures.minimumDays]).toEqual(['draft', 30]);
    expect(collective.warnings.map((w: any) => w.code)).toEqual(['MINIMUM_PERIOD_NOT_MET', 'HR1_LATE', 'DISCLOSURE_NOT_GIVEN']);
    expect(collective.disclosures.filter((d: any) => d.given)).toHaveLength(6);
    expect(collective.tradeUnionLog).toHaveLength(3);
  });

  it('shows the plan to auditors read-only, and answers another tenant or council exactly like an unknown id', async () => {
    const admin = await h.signIn('admin@meridian.example');
    const users = (await h.gql(admin, '{ users { id email } }')).body.data!.users as { id: string; email: string }[];
    await h.gql(admin, 'mutation($i: GrantAuditorAccessInput!) { grantAuditorAccess(input: $i) { id } }', {
      i: { userId: users.find((u) => u.email === 'auditor@meridian.example')!.id, authorityId: t.authorityId },
    });
    const auditor = await h.signIn('auditor@meridian.example');
    expect((await ok(auditor, ONE, { id: planId })).planId).toBe(planId);
    await h.refused(auditor, EQIA, { i: { planId, documentRef: 'X', assessedOn: '2027-01-05', findings: 'x' } }, 'FORBIDDEN');

    const other = await h.signIn(h.other.adminEmail, DEMO_PASSWORD);
    const unknown = await h.gql(other, ONE, { id: UNKNOWN });
    const foreign = await h.gql(other, ONE, { id: planId });
    expect(foreign.body.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND', errorCode: 'CONSULTATION_PLAN_NOT_FOUND' } });
    expect(foreign.body.errors![0].message.replace(planId, UNKNOWN)).toBe(unknown.body.errors![0].message);
    await h.refused(other, DISCLOSE, { i: { planId, item: 'REASONS', givenOn: '2027-01-11', documentRef: 'x' } }, 'NOT_FOUND', 'CONSULTATION_PLAN_NOT_FOUND');
    expect(codeOf((await h.gql(other, LIST, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    const northshireHr = await h.signIn('hr@northshire.example');
    await h.refused(
      northshireHr,
      DISCLOSE,
      { i: { planId, item: 'REASONS', givenOn: '2027-01-11', documentRef: 'x' } },
      'NOT_FOUND',
      'CONSULTATION_PLAN_NOT_FOUND',
    );
  });
});

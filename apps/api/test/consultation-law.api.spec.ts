import { DEMO_PASSWORD, startHarness } from './support/harness';
import { approveAtDesignAuthority, makeConsultationProgramme } from './support/fixtures';

const PLAN = `planId status proposedDismissals warnings { code message rule source }
  figures { collectiveRequired minimumDays }
  dismissals { recorded derived changedTerms counted differs aggregated { planId title dismissals } people { postId reasons } rule source }
  individuals { postId postReference proposedForDismissal service { serviceStart contractualNoticeWeeks statutoryNoticeWeeks } }
  election { electedOn termEndsOn representatives { postId person represents } source }`;
const op = (name: string, input: string) => `mutation($i: ${input}!) { ${name}(input: $i) { ${PLAN} } }`;
const DRAFT = op('draftConsultationPlan', 'DraftConsultationPlanInput');
const DATES = op('planConsultationDates', 'PlanConsultationDatesInput');
const SERVICE = op('recordContinuousService', 'RecordContinuousServiceInput');
const ELECT = op('electEmployeeRepresentatives', 'ElectEmployeeRepresentativesInput');
const LAUNCH = op('launchConsultation', 'LaunchConsultationInput');
const ONE = `query($id: ID!) { consultationPlan(planId: $id) { ${PLAN} } }`;
const UNKNOWN = '0190a0a0-0000-7000-8000-00000000dead';

describe('consultation law: the count, notice and elected representatives', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let consultant: string;
  let t: Awaited<ReturnType<typeof makeConsultationProgramme>>;
  let planId: string;
  let otherPlanId: string;

  const ok = async (token: string, query: string, variables: Record<string, unknown>) => {
    const res = await h.gql(token, query, variables);
    expect(res.body.errors).toBeUndefined();
    return Object.values(res.body.data!)[0] as Record<string, any>;
  };
  const read = (id = planId) => ok(consultant, ONE, { id });

  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeConsultationProgramme(h, consultant, 'Lawshire');
  });
  afterAll(() => h.close());

  it('counts the people the transition map proposes to dismiss and shows where the typed number differs', async () => {
    const plan = await ok(consultant, DRAFT, {
      i: {
        programmeId: t.programmeId,
        title: 'Contract management',
        establishment: 'Lawshire House',
        proposedDismissals: 0,
        recognisedUnions: [],
        dates: { consultationStart: '2027-01-11', consultationClose: '2027-02-10', noticesIssued: '2027-03-01', firstDismissal: '2027-03-31' },
        reason: 'Approved change',
      },
    });
    planId = plan.planId;
    expect(plan.dismissals).toMatchObject({ recorded: 0, derived: 2, changedTerms: 0, counted: 2, differs: true, aggregated: [], people: [] });
    expect(plan.dismissals.source).toContain('section/188');
    expect(plan.individuals.map((p: any) => [p.postReference, p.proposedForDismissal])).toEqual([
      ['HWY-1', false],
      ['HWY-2', true],
      ['WST-1', true],
    ]);
    expect(plan.figures.collectiveRequired).toBe(false);
  });

  it('adds another programme’s plan at the same establishment within 90 days (s.188(3)), not one a day outside', async () => {
    const p = await h.gql(consultant, 'mutation($i: StartProgrammeInput!) { startProgramme(input: $i) { id } }', {
      i: { authorityId: t.authorityId, name: 'Waste depot review', objective: 'Depot rounds' },
    });
    const other = await ok(consultant, DRAFT, {
      i: {
        programmeId: p.body.data!.startProgramme.id,
        title: 'Depot rounds',
        establishment: ' lawshire  house ',
        proposedDismissals: 18,
        recognisedUnions: [],
        dates: { firstDismissal: '2027-06-28' },
      },
    });
    otherPlanId = other.planId;
    const plan = await read();
    expect(plan.dismissals).toMatchObject({ counted: 20, aggregated: [{ planId: otherPlanId, title: 'Depot rounds', dismissals: 18 }] });
    expect(plan.figures).toEqual({ collectiveRequired: true, minimumDays: 30 });
    expect(plan.warnings.map((w: any) => w.code)).toContain('NO_APPROPRIATE_REPRESENTATIVES');

    await ok(consultant, DATES, { i: { planId: otherPlanId, dates: { firstDismissal: '2027-06-29' } } });
    expect((await read()).dismissals).toMatchObject({ counted: 2, aggregated: [] });
    await ok(consultant, DATES, { i: { planId: otherPlanId, dates: { firstDismissal: '2027-06-28' } } });
  });

  it('records continuous service and warns where the planned notice is shorter than s.86 or the contract', async () => {
    const hr = t.users.HR_PARTNER;
    const plan = await ok(hr, SERVICE, {
      i: {
        planId,
        entries: [
          { postId: t.postIds['HWY-2'], serviceStart: '2015-03-01' },
          { postId: t.postIds['WST-1'], serviceStart: '2026-06-01', contractualNoticeWeeks: 4 },
        ],
      },
    });
    const byRef = Object.fromEntries(plan.individuals.map((p: any) => [p.postReference, p.service]));
    expect(byRef['HWY-2']).toEqual({ serviceStart: '2015-03-01', contractualNoticeWeeks: null, statutoryNoticeWeeks: 12 });
    expect(byRef['WST-1']).toEqual({ serviceStart: '2026-06-01', contractualNoticeWeeks: 4, statutoryNoticeWeeks: 1 });
    const short = plan.warnings.filter((w: any) => w.code === 'NOTICE_TOO_SHORT');
    expect(short.map((w: any) => [w.rule, w.message.slice(0, 7)])).toEqual([['ERA 1996 s.86', 'HWY-2: ']]);
    expect(short[0].source).toContain('section/86');

    await h.refused(
      consultant,
      SERVICE,
      { i: { planId, entries: [{ postId: t.postIds['HWY-2'], serviceStart: '2015-02-30' }] } },
      'BAD_USER_INPUT',
      'INVALID_DATE',
    );
    await h.refused(
      consultant,
      SERVICE,
      { i: { planId, entries: [{ postId: t.postIds['HWY-2'], serviceStart: '2015-03-01', contractualNoticeWeeks: -1 }] } },
      'BAD_USER_INPUT',
      'INVALID_SERVICE',
    );
    await h.refused(
      consultant,
      SERVICE,
      { i: { planId, entries: [{ postId: UNKNOWN, serviceStart: '2015-03-01' }] } },
      'BAD_USER_INPUT',
      'PERSON_NOT_AFFECTED',
    );
    await h.refused(consultant, SERVICE, { i: { planId, entries: [] } }, 'BAD_USER_INPUT', 'INVALID_SERVICE');
  });

  it('refuses launch without appropriate representatives, and records a s.188A election that meets the requirements', async () => {
    expect(await approveAtDesignAuthority(h, consultant, t)).toBe(true);
    await h.refused(consultant, LAUNCH, { i: { planId } }, 'BAD_USER_INPUT', 'CONSULTATION_PLAN_HAS_BREACHES');
    const before = (await read()).warnings.find((w: any) => w.code === 'NO_APPROPRIATE_REPRESENTATIVES');
    expect(before).toMatchObject({ rule: 'TULRCA 1992 s.188(1B), s.188A' });

    const [hwy1, hwy2, wst1] = ['HWY-1', 'HWY-2', 'WST-1'].map((r) => t.postIds[r]);
    const election = {
      planId,
      electedOn: '2027-01-05',
      termEndsOn: '2027-04-30',
      representatives: [{ postId: hwy2, represents: [hwy1, hwy2, wst1] }],
      fairArrangements: true,
      allAffectedCouldVote: true,
      secretBallot: true,
    };
    await h.refused(t.users.HR_PARTNER, ELECT, { i: election }, 'FORBIDDEN');
    const missing = await h.refused(
      consultant,
      ELECT,
      { i: { ...election, representatives: [{ postId: hwy2, represents: [hwy2] }] } },
      'BAD_USER_INPUT',
      'INVALID_ELECTION',
    );
    expect(missing.body.errors![0].message).toContain('nobody represents HWY-1, WST-1');
    await h.refused(consultant, ELECT, { i: { ...election, secretBallot: false } }, 'BAD_USER_INPUT', 'INVALID_ELECTION');

    const plan = await ok(consultant, ELECT, { i: election });
    expect(plan.election).toMatchObject({ electedOn: '2027-01-05', termEndsOn: '2027-04-30', representatives: [{ postId: hwy2, person: 'EMP-2' }] });
    expect(plan.election.source).toContain('section/188A');
    expect(plan.warnings.map((w: any) => w.code)).not.toContain('NO_APPROPRIATE_REPRESENTATIVES');
  });

  it('answers another tenant exactly like an unknown plan, and keeps auditors read-only', async () => {
    const other = await h.signIn(h.other.adminEmail, DEMO_PASSWORD);
    const entries = [{ postId: t.postIds['HWY-2'], serviceStart: '2015-03-01' }];
    await h.refused(other, SERVICE, { i: { planId, entries } }, 'NOT_FOUND', 'CONSULTATION_PLAN_NOT_FOUND');
    const foreign = await h.refused(
      other,
      ELECT,
      {
        i: {
          planId,
          electedOn: '2027-01-05',
          termEndsOn: '2027-04-30',
          representatives: [],
          fairArrangements: true,
          allAffectedCouldVote: true,
          secretBallot: true,
        },
      },
      'NOT_FOUND',
      'CONSULTATION_PLAN_NOT_FOUND',
    );
    const unknown = await h.refused(other, SERVICE, { i: { planId: UNKNOWN, entries } }, 'NOT_FOUND', 'CONSULTATION_PLAN_NOT_FOUND');
    expect(foreign.body.errors![0].message.replace(planId, UNKNOWN)).toBe(unknown.body.errors![0].message);

    const admin = await h.signIn('admin@meridian.example');
    const users = (await h.gql(admin, '{ users { id email } }')).body.data!.users as { id: string; email: string }[];
    await h.gql(admin, 'mutation($i: GrantAuditorAccessInput!) { grantAuditorAccess(input: $i) { id } }', {
      i: { userId: users.find((u) => u.email === 'auditor@meridian.example')!.id, authorityId: t.authorityId },
    });
    const auditor = await h.signIn('auditor@meridian.example');
    expect((await ok(auditor, ONE, { id: planId })).dismissals.counted).toBe(20);
    await h.refused(auditor, SERVICE, { i: { planId, entries } }, 'FORBIDDEN');
  });
});

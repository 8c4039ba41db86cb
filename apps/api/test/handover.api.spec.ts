import { codeOf, DEMO_PASSWORD, startHarness } from './support/harness';
import { addUser, makeCostedProgramme } from './support/fixtures';

type H = Awaited<ReturnType<typeof startHarness>>;

const PLAN_FIELDS = `programmeId status acceptedOn handedOverOn canEdit canAnswer canRecordProgress ism { userId displayName }
  gate { open reason } returns { reasons }
  openVacancies { designPostId title fte } interimServiceManagers { userId displayName }
  vacancies { vacancyId title fte owner status startDate stages { stage targetDate completedOn overdue replans { reason } } }
  history { type by summary }`;
const PLAN = `query($p: ID!) { recruitmentPlan(programmeId: $p) { ${PLAN_FIELDS} } }`;
const DRAFT = `mutation($i: DraftRecruitmentPlanInput!) { draftRecruitmentPlan(input: $i) { ${PLAN_FIELDS} } }`;
const HAND_OVER = `mutation($i: HandOverRecruitmentPlanInput!) { handOverRecruitmentPlan(input: $i) { ${PLAN_FIELDS} } }`;
const ACCEPT = `mutation($i: AcceptRecruitmentPlanInput!) { acceptRecruitmentPlan(input: $i) { ${PLAN_FIELDS} } }`;
const RETURN = `mutation($i: ReturnRecruitmentPlanInput!) { returnRecruitmentPlan(input: $i) { ${PLAN_FIELDS} } }`;
const COMPLETE = `mutation($i: RecordRecruitmentStageCompletedInput!) { recordRecruitmentStageCompleted(input: $i) { ${PLAN_FIELDS} } }`;
const REPLAN = `mutation($i: ReplanRecruitmentStageInput!) { replanRecruitmentStage(input: $i) { ${PLAN_FIELDS} } }`;
const FILLED = `mutation($i: RecordVacancyFilledInput!) { recordVacancyFilled(input: $i) { ${PLAN_FIELDS} } }`;
const today = () => new Date().toISOString().slice(0, 10);

const stages = [
  { stage: 'INTERNAL_ADVERT', targetDate: '2027-01-11' },
  { stage: 'INTERVIEW', targetDate: '2027-02-03' },
  { stage: 'OFFER', targetDate: '2027-02-10' },
  { stage: 'START', targetDate: '2027-04-01' },
];

describe('recruitment handover', () => {
  let h: H;
  let consultant: string;
  let ism: string;
  let ismUserId: string;
  let t: Awaited<ReturnType<typeof makeCostedProgramme>>;
  let vacancies: (p: string) => { designPostId: string; owner: string; stages: typeof stages }[];

  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeCostedProgramme(h, consultant, 'Handshire');
    const registered = await addUser(h, {
      email: 'ism@handshire.example',
      displayName: 'Robin Interim',
      role: 'INTERIM_SERVICE_MANAGER',
      password: DEMO_PASSWORD,
      authorityId: t.authorityId,
    });
    ismUserId = registered.id;
    ism = await h.signIn('ism@handshire.example');
    vacancies = () => Object.values(t.posts).map((designPostId) => ({ designPostId, owner: 'Head of Contract Management', stages }));
  });
  afterAll(() => h.close());

  it('hands the plan over, the manager returns it, then accepts it and alone records progress once the Design Authority gate opens', async () => {
    const p = t.programmeId;
    const empty = (await h.gql(consultant, PLAN, { p })).body.data!.recruitmentPlan;
    expect(empty).toMatchObject({ status: 'NONE', canEdit: true, interimServiceManagers: [{ userId: ismUserId, displayName: 'Robin Interim' }] });
    expect(empty.openVacancies.map((v: { fte: number }) => v.fte).sort()).toEqual([1000, 500].sort());

    const before = await h.eventCount();
    const drafted = await h.gql(consultant, DRAFT, { i: { programmeId: p, vacancies: vacancies(p) } });
    expect(drafted.body.errors).toBeUndefined();
    const appended = (await h.eventsSince(null)).slice(before);
    expect(appended.map((e) => [e.type, e.streamName, e.metadata.tenantId])).toEqual([
      ['RecruitmentPlanDrafted', `recruitmentHandover-${h.demo.tenantId}_${p}`, h.demo.tenantId],
    ]);
    await h.gql(consultant, HAND_OVER, { i: { programmeId: p, ismUserId } });
    const task = (await h.gql(ism, '{ awaitingMe { kind programmeId } }')).body.data!.awaitingMe;
    expect(task).toContainEqual({ kind: 'recruitment_handover', programmeId: p });

    const returned = (await h.gql(ism, RETURN, { i: { programmeId: p, reasons: 'Start dates fall in the budget freeze' } })).body.data!.returnRecruitmentPlan;
    expect(returned).toMatchObject({ status: 'RETURNED', returns: [{ reasons: 'Start dates fall in the budget freeze' }], canEdit: false });
    await h.gql(consultant, DRAFT, { i: { programmeId: p, vacancies: vacancies(p) } });
    const handed = (await h.gql(consultant, HAND_OVER, { i: { programmeId: p, ismUserId } })).body.data!.handOverRecruitmentPlan;
    expect(handed).toMatchObject({ status: 'HANDED_OVER', ism: { userId: ismUserId }, handedOverOn: today(), canEdit: false });
    expect((await h.gql(ism, PLAN, { p })).body.data!.recruitmentPlan).toMatchObject({ canAnswer: true, canRecordProgress: false });
    const accepted = (await h.gql(ism, ACCEPT, { i: { programmeId: p } })).body.data!.acceptRecruitmentPlan;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptedOn: today(), canAnswer: false, canRecordProgress: true, gate: { open: false } });
    expect((await h.gql(ism, '{ awaitingMe { kind } }')).body.data!.awaitingMe).not.toContainEqual({ kind: 'recruitment_handover' });

    // Recruitment is gated: nothing has gone to the Design Authority yet.
    const vacancyId = t.posts['Contract Officer'];
    const first = { programmeId: p, vacancyId, stage: 'INTERNAL_ADVERT', completedOn: today() };
    const gated = await h.refused(ism, COMPLETE, { i: first }, 'BAD_USER_INPUT', 'DESIGN_AUTHORITY_GATE_CLOSED');
    expect(gated.body.errors![0].message).toMatch(/^Recruitment cannot start until the Design Authority has approved the proposal/);
    await h.refused(ism, FILLED, { i: { programmeId: p, vacancyId, startDate: '2027-04-01' } }, 'BAD_USER_INPUT', 'DESIGN_AUTHORITY_GATE_CLOSED');

    await h.gql(consultant, 'mutation($i: SetLgpsEmployerRateInput!) { setLgpsEmployerRate(input: $i) { rateBp } }', {
      i: { authorityId: t.authorityId, rateBp: 1990, effectiveFrom: '2026-04-01', source: 'Pension fund certificate 2026' },
    });
    const submitted = await h.gql(
      consultant,
      'mutation($i: SubmitToDesignAuthorityInput!) { submitToDesignAuthority(input: $i) { submissions { submissionId } } }',
      {
        i: { programmeId: p, consultationOutline: 'Individual consultation only' },
      },
    );
    const submissionId = submitted.body.data!.submitToDesignAuthority.submissions[0].submissionId;
    const approved = await h.gql(
      t.users.DA_MEMBER,
      'mutation($i: RecordDesignAuthorityDecisionInput!) { recordDesignAuthorityDecision(input: $i) { gate { open } } }',
      {
        i: { programmeId: p, submissionId, decision: 'APPROVED', meetingDate: today() },
      },
    );
    expect(approved.body.data!.recordDesignAuthorityDecision.gate.open).toBe(true);

    const progressed = (await h.gql(ism, COMPLETE, { i: first })).body.data!.recordRecruitmentStageCompleted;
    const officer = progressed.vacancies.find((v: { vacancyId: string }) => v.vacancyId === vacancyId);
    expect(officer).toMatchObject({ status: 'IN_PROGRESS', stages: [{ stage: 'INTERNAL_ADVERT', completedOn: today() }, {}, {}, {}] });
    const replanned = (await h.gql(ism, REPLAN, { i: { programmeId: p, vacancyId, stage: 'OFFER', targetDate: '2027-02-12', reason: 'Panel availability' } }))
      .body.data!.replanRecruitmentStage;
    expect(replanned.vacancies.find((v: { vacancyId: string }) => v.vacancyId === vacancyId).stages[2]).toMatchObject({
      targetDate: '2027-02-12',
      replans: [{ reason: 'Panel availability' }],
    });
    const filled = (await h.gql(ism, FILLED, { i: { programmeId: p, vacancyId, startDate: '2027-04-01' } })).body.data!.recordVacancyFilled;
    expect(filled.vacancies.find((v: { vacancyId: string }) => v.vacancyId === vacancyId)).toMatchObject({ status: 'FILLED', startDate: '2027-04-01' });
    expect(filled.history.map((x: { type: string }) => x.type)).toEqual([
      'RecruitmentPlanDrafted',
      'RecruitmentPlanHandedOver',
      'RecruitmentPlanReturned',
      'RecruitmentPlanDrafted',
      'RecruitmentPlanHandedOver',
      'RecruitmentPlanAccepted',
      'RecruitmentStageCompleted',
      'RecruitmentStageReplanned',
      'VacancyFilled',
    ]);
    expect(filled.history[8]).toMatchObject({ by: 'Robin Interim', summary: 'Contract Officer: filled, starting 2027-04-01' });
  });

  it('leaves the consultancy read access only after acceptance', async () => {
    const p = t.programmeId;
    const read = (await h.gql(consultant, PLAN, { p })).body.data!.recruitmentPlan;
    expect(read).toMatchObject({ status: 'ACCEPTED', canEdit: false, canRecordProgress: false, openVacancies: [] });
    await h.refused(consultant, DRAFT, { i: { programmeId: p, vacancies: vacancies(p) } }, 'FORBIDDEN', 'PLAN_READ_ONLY_AFTER_ACCEPTANCE');
    await h.refused(consultant, HAND_OVER, { i: { programmeId: p, ismUserId } }, 'FORBIDDEN', 'PLAN_READ_ONLY_AFTER_ACCEPTANCE');
    const vacancyId = t.posts['Contract Officer (part-time)'];
    const progress = { programmeId: p, vacancyId, stage: 'INTERNAL_ADVERT', completedOn: today() };
    const refused = await h.refused(consultant, COMPLETE, { i: progress }, 'FORBIDDEN', 'PROGRESS_NOT_ALLOWED');
    expect(refused.body.errors![0].message).toContain('Robin Interim');
    await h.refused(t.users.HR_PARTNER, COMPLETE, { i: progress }, 'FORBIDDEN', 'PROGRESS_NOT_ALLOWED');
    await h.refused(consultant, ACCEPT, { i: { programmeId: p } }, 'FORBIDDEN');
    await h.refused(await h.signIn('auditor@meridian.example'), COMPLETE, { i: progress }, 'FORBIDDEN');
  });

  it('answers another tenant, and an interim service manager of another council, as if the programme did not exist', async () => {
    const p = t.programmeId;
    const other = await h.signIn(h.other.adminEmail);
    const otherAnswer = await h.refused(other, PLAN, { p }, 'NOT_FOUND');
    const unknown = await h.refused(consultant, PLAN, { p: '0190a0a0-0000-7000-8000-00000000dead' }, 'NOT_FOUND');
    expect(otherAnswer.body.errors![0].message.replace(p, 'ID')).toBe(unknown.body.errors![0].message.replace('0190a0a0-0000-7000-8000-00000000dead', 'ID'));
    await h.refused(other, DRAFT, { i: { programmeId: p, vacancies: [] } }, 'NOT_FOUND');
    const northshireIsm = await h.signIn('ism@northshire.example');
    await h.refused(northshireIsm, PLAN, { p }, 'NOT_FOUND');
    await h.refused(
      northshireIsm,
      COMPLETE,
      { i: { programmeId: p, vacancyId: t.posts['Contract Officer (part-time)'], stage: 'INTERNAL_ADVERT', completedOn: today() } },
      'NOT_FOUND',
    );
  });

  it('refuses a hand-over to anyone but an interim service manager of the council', async () => {
    const fresh = await makeCostedProgramme(h, consultant, 'Giveshire');
    const p = fresh.programmeId;
    await h.gql(consultant, DRAFT, {
      i: { programmeId: p, vacancies: Object.values(fresh.posts).map((designPostId) => ({ designPostId, owner: 'Head', stages })) },
    });
    const northshireIsm = (await h.gql(await h.signIn('ism@northshire.example'), '{ me { id } }')).body.data!.me.id;
    await h.refused(consultant, HAND_OVER, { i: { programmeId: p, ismUserId: northshireIsm } }, 'BAD_USER_INPUT', 'RECIPIENT_OF_ANOTHER_COUNCIL');
    const hrId = (await h.gql(fresh.users.HR_PARTNER, '{ me { id } }')).body.data!.me.id;
    await h.refused(consultant, HAND_OVER, { i: { programmeId: p, ismUserId: hrId } }, 'BAD_USER_INPUT', 'RECIPIENT_NOT_INTERIM_SERVICE_MANAGER');
    const otherTenantAdmin = (await h.gql(await h.signIn(h.other.adminEmail), '{ me { id } }')).body.data!.me.id;
    await h.refused(consultant, HAND_OVER, { i: { programmeId: p, ismUserId: otherTenantAdmin } }, 'BAD_USER_INPUT', 'RECIPIENT_NOT_FOUND');
  });

  it('shows the demo plan accepted by Tom Reid, with progress on two vacancies', async () => {
    const northshireIsm = await h.signIn('ism@northshire.example');
    const [programme] = (await h.gql(northshireIsm, 'query($a: ID) { programmes(authorityId: $a) { id } }', { a: h.demo.authorities.northshire })).body.data!
      .programmes;
    const plan = (await h.gql(northshireIsm, PLAN, { p: programme.id })).body.data!.recruitmentPlan;
    expect(plan).toMatchObject({ status: 'ACCEPTED', ism: { displayName: 'Tom Reid' }, canRecordProgress: true, gate: { open: true } });
    expect(plan.vacancies.filter((v: { status: string }) => v.status === 'IN_PROGRESS')).toHaveLength(2);
    expect(plan.history.map((x: { type: string }) => x.type)).toContain('RecruitmentStageReplanned');
  });

  it('refuses bad input with a clear client error, appending nothing', async () => {
    const fresh = await makeCostedProgramme(h, consultant, 'Badshire');
    const p = fresh.programmeId;
    const [officer, partTime] = Object.values(fresh.posts);
    const plan = (first: unknown[]) => ({
      i: {
        programmeId: p,
        vacancies: [
          { designPostId: officer, owner: 'Head', stages: first },
          { designPostId: partTime, owner: 'Head', stages },
        ],
      },
    });
    await h.refused(
      consultant,
      DRAFT,
      plan([
        { stage: 'OFFER', targetDate: '2027-02-10' },
        { stage: 'INTERVIEW', targetDate: '2027-02-11' },
      ]),
      'BAD_USER_INPUT',
      'STAGES_OUT_OF_ORDER',
    );
    const backwards = await h.refused(
      consultant,
      DRAFT,
      plan([
        { stage: 'INTERVIEW', targetDate: '2027-02-10' },
        { stage: 'OFFER', targetDate: '2027-02-01' },
      ]),
      'BAD_USER_INPUT',
      'TARGET_DATES_OUT_OF_ORDER',
    );
    expect(backwards.body.errors![0].message).toContain('target dates must not go backwards');
    await h.refused(consultant, DRAFT, plan([{ stage: 'OFFER', targetDate: '2027-02-30' }]), 'BAD_USER_INPUT', 'INVALID_DATE');
    await h.refused(consultant, DRAFT, plan([{ stage: 'PROBATION', targetDate: '2027-02-10' }]), 'BAD_USER_INPUT');
    await h.refused(
      consultant,
      DRAFT,
      { i: { programmeId: p, vacancies: [{ designPostId: officer, owner: 'Head', stages }] } },
      'BAD_USER_INPUT',
      'VACANCY_NOT_PLANNED',
    );
    await h.refused(consultant, HAND_OVER, { i: { programmeId: p, ismUserId: ismUserId } }, 'CONFLICT', 'NO_PLAN_DRAFTED');
    await h.refused(consultant, HAND_OVER, { i: { programmeId: p, ismUserId: 'not an id!' } }, 'BAD_USER_INPUT', 'INVALID_ID');
    await h.refused(
      ism,
      COMPLETE,
      { i: { programmeId: t.programmeId, vacancyId: t.posts['Contract Officer (part-time)'], stage: 'INTERNAL_ADVERT', completedOn: '2999-01-01' } },
      'BAD_USER_INPUT',
      'DATE_IN_FUTURE',
    );
    await h.refused(
      ism,
      COMPLETE,
      { i: { programmeId: t.programmeId, vacancyId: t.posts['Contract Officer (part-time)'], stage: 'OFFER', completedOn: 'yesterday' } },
      'BAD_USER_INPUT',
      'INVALID_DATE',
    );
    await h.refused(
      ism,
      REPLAN,
      { i: { programmeId: t.programmeId, vacancyId: t.posts['Contract Officer (part-time)'], stage: 'OFFER', targetDate: '2027-05-01', reason: 'Later' } },
      'BAD_USER_INPUT',
      'TARGET_DATES_OUT_OF_ORDER',
    );
    expect(codeOf((await h.gql(ism, PLAN, { p: t.programmeId })).body)).toBeUndefined();
  });
});

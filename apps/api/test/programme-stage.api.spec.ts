import { codeOf, DEMO_PASSWORD, startHarness } from './support/harness';
import { addUser, base64, IMPORT_POSTS, makeAuthority, makeCostedProgramme } from './support/fixtures';

const PROGRAMME = 'query($id: ID!) { programme(id: $id) { stage nextStage stageDecision { type summary on } } }';
const today = () => new Date().toISOString().slice(0, 10);

describe('programme stage, read from the decisions recorded', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let consultant: string;
  const stageOf = async (id: string, token = consultant) => (await h.gql(token, PROGRAMME, { id })).body.data!.programme;

  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
  });
  afterAll(() => h.close());

  it('moves from analysis to funding with the first FTE deal and to design with the first option', async () => {
    const t = await makeAuthority(h, consultant, 'Stageshire Council');
    expect(await stageOf(t.programmeId)).toEqual({ stage: 'analysis', nextStage: 'funding', stageDecision: null });
    const sheet = ['Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost', 'HWY-1,Highways,Officer,G6,17,1,EMP-1,no,36400'].join('\n');
    await h.gql(consultant, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
    const [post] = (await h.gql(consultant, 'query($a: ID!) { posts(authorityId: $a) { id } }', { a: t.authorityId })).body.data!.posts;
    const proposed = await h.gql(consultant, 'mutation($i: ProposeFteDealInput!) { proposeFteDeal(input: $i) { id } }', {
      i: {
        programmeId: t.programmeId,
        serviceId: t.services.Highways,
        terms: {
          sourcePosts: [{ postId: post.id, fte: 500 }],
          budget: [{ financialYear: '2026/27', pence: 1_800_000 }],
          effectiveDate: '2027-04-01',
          linkedChange: 'Highways restructure',
          rationale: 'Contract monitoring moves to the central team',
        },
      },
    });
    expect(proposed.body.errors).toBeUndefined();
    expect(await stageOf(t.programmeId)).toEqual({
      stage: 'funding',
      nextStage: 'design',
      stageDecision: { type: 'FteDealProposed', summary: 'First FTE deal proposed', on: today() },
    });
    await h.gql(consultant, 'mutation($i: DraftDesignOptionInput!) { draftDesignOption(input: $i) { optionId } }', {
      i: { programmeId: t.programmeId, name: 'Option A' },
    });
    expect(await stageOf(t.programmeId)).toMatchObject({ stage: 'design', stageDecision: { type: 'DesignOptionDrafted' } });
  });

  it('walks a chosen design through approval, consultation, handover and done', async () => {
    const t = await makeCostedProgramme(h, consultant, 'Walkshire');
    const p = t.programmeId;
    expect(await stageOf(p)).toMatchObject({ stage: 'grading_and_costs', stageDecision: { type: 'DesignOptionChosen' } });

    const submitted = await h.gql(
      consultant,
      'mutation($i: SubmitToDesignAuthorityInput!) { submitToDesignAuthority(input: $i) { submissions { submissionId } } }',
      { i: { programmeId: p, consultationOutline: 'Individual consultation only' } },
    );
    expect(submitted.body.errors).toBeUndefined();
    expect(await stageOf(p)).toMatchObject({ stage: 'approval', nextStage: 'consultation' });
    const submissionId = submitted.body.data!.submitToDesignAuthority.submissions[0].submissionId;
    await h.gql(t.users.DA_MEMBER, 'mutation($i: RecordDesignAuthorityDecisionInput!) { recordDesignAuthorityDecision(input: $i) { gate { open } } }', {
      i: { programmeId: p, submissionId, decision: 'APPROVED', meetingDate: today() },
    });
    expect(await stageOf(p)).toEqual({
      stage: 'consultation',
      nextStage: 'handover',
      stageDecision: { type: 'DesignAuthorityDecided', summary: 'Approved by the Design Authority', on: today() },
    });

    const ism = await addUser(h, {
      email: 'ism@walkshire.example',
      displayName: 'Robin Interim',
      role: 'INTERIM_SERVICE_MANAGER',
      password: DEMO_PASSWORD,
      authorityId: t.authorityId,
    });
    const stages = [{ stage: 'START', targetDate: '2027-04-01' }];
    const vacancies = Object.values(t.posts).map((designPostId) => ({ designPostId, owner: 'Head of Contract Management', stages }));
    await h.gql(consultant, 'mutation($i: DraftRecruitmentPlanInput!) { draftRecruitmentPlan(input: $i) { status } }', { i: { programmeId: p, vacancies } });
    const handed = await h.gql(consultant, 'mutation($i: HandOverRecruitmentPlanInput!) { handOverRecruitmentPlan(input: $i) { status } }', {
      i: { programmeId: p, ismUserId: ism.id },
    });
    expect(handed.body.errors).toBeUndefined();
    expect(await stageOf(p)).toMatchObject({ stage: 'handover', stageDecision: { type: 'RecruitmentPlanHandedOver', on: today() } });
    const ismToken = await h.signIn('ism@walkshire.example');
    await h.gql(ismToken, 'mutation($i: AcceptRecruitmentPlanInput!) { acceptRecruitmentPlan(input: $i) { status } }', { i: { programmeId: p } });
    // The stage reads the same for the council's own users as for the consultancy.
    for (const token of [consultant, ismToken]) {
      expect(await stageOf(p, token)).toEqual({
        stage: 'done',
        nextStage: null,
        stageDecision: { type: 'RecruitmentPlanAccepted', summary: 'Recruitment plan accepted by the interim service manager', on: today() },
      });
    }
    const listed = (await h.gql(consultant, 'query($a: ID!) { programmes(authorityId: $a) { id stage } }', { a: t.authorityId })).body.data!.programmes;
    expect(listed).toEqual([{ id: p, stage: 'done' }]);
  });

  it('answers another tenant exactly as if the programme did not exist', async () => {
    const demo = (await h.gql(consultant, '{ programmes { id stage } }')).body.data!.programmes[0];
    expect(demo.stage).toBe('done');
    const other = await h.signIn(h.other.adminEmail);
    const theirs = await h.gql(other, PROGRAMME, { id: demo.id });
    const unknown = await h.gql(other, PROGRAMME, { id: '0190a0a0-0000-7000-8000-000000000000' });
    expect(codeOf(theirs.body)).toBe('NOT_FOUND');
    expect(theirs.body.errors![0].message.replace(demo.id, 'ID')).toBe(unknown.body.errors![0].message.replace('0190a0a0-0000-7000-8000-000000000000', 'ID'));
  });
});

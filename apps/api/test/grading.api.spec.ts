import { codeOf, startHarness } from './support/harness';
import { makeCostedProgramme } from './support/fixtures';

type H = Awaited<ReturnType<typeof startHarness>>;

const GRADING =
  'query($p: ID!) { postGrading(programmeId: $p) { designPostId title jdStatus evaluationStatus grade canBeCostedAsFinal nextStep jobDescription { version status purpose changeNotes } evaluation { grade minScp maxScp approved } } }';
const DRAFT = 'mutation($i: DraftJobDescriptionInput!) { draftJobDescription(input: $i) { jdStatus jobDescription { version } } }';
const APPROVE = 'mutation($i: ApproveJobDescriptionInput!) { approveJobDescription(input: $i) { jdStatus canBeCostedAsFinal nextStep } }';
const CHANGES = 'mutation($i: RequestJobDescriptionChangesInput!) { requestJobDescriptionChanges(input: $i) { jdStatus nextStep } }';
const RECORD = 'mutation($i: RecordJobEvaluationInput!) { recordJobEvaluation(input: $i) { evaluationStatus nextStep evaluation { grade minScp maxScp } } }';
const APPROVE_JE = 'mutation($i: ApproveJobEvaluationInput!) { approveJobEvaluation(input: $i) { evaluationStatus grade canBeCostedAsFinal nextStep } }';

describe('grading', () => {
  let h: H;
  let consultant: string;
  let t: Awaited<ReturnType<typeof makeCostedProgramme>>;
  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeCostedProgramme(h, consultant, 'Gradeshire');
  });
  afterAll(() => h.close());

  it('drafts a JD, lets only the council HR partner approve it, evaluates and approves the grade; costing becomes final', async () => {
    const post = t.posts['Contract Officer'];
    const base = { programmeId: t.programmeId, designPostId: post };
    const jd = { ...base, purpose: 'Manage supplier performance', accountabilities: ['Monitor KPIs'], essentialCriteria: ['Contract management experience'] };
    expect((await h.gql(consultant, DRAFT, { i: jd })).body.data!.draftJobDescription).toEqual({ jdStatus: 'DRAFT', jobDescription: { version: 1 } });
    const tasks = (await h.gql(t.users.HR_PARTNER, '{ awaitingMe { kind entityId } }')).body.data!.awaitingMe;
    expect(tasks).toContainEqual({ kind: 'job_description', entityId: post });
    const before = await h.eventCount();
    expect(codeOf((await h.gql(consultant, APPROVE, { i: { ...base, version: 1 } })).body)).toBe('FORBIDDEN');
    const otherHr = await h.signIn('hr@northshire.example');
    expect(codeOf((await h.gql(otherHr, APPROVE, { i: { ...base, version: 1 } })).body)).toBe('NOT_FOUND');
    expect(await h.eventCount()).toBe(before);
    const changes = (await h.gql(t.users.HR_PARTNER, CHANGES, { i: { ...base, version: 1, note: 'Add the person specification for CIPS' } })).body.data!
      .requestJobDescriptionChanges;
    expect(changes.jdStatus).toBe('CHANGES_REQUESTED');
    await h.gql(consultant, DRAFT, { i: { ...jd, essentialCriteria: ['Contract management experience', 'CIPS Level 4 or working towards it'] } });
    const stale = await h.gql(t.users.HR_PARTNER, APPROVE, { i: { ...base, version: 1 } });
    expect(stale.body.errors![0].extensions!.errorCode).toBe('JD_VERSION_SUPERSEDED');
    expect((await h.gql(t.users.HR_PARTNER, APPROVE, { i: { ...base, version: 2 } })).body.data!.approveJobDescription).toMatchObject({
      jdStatus: 'APPROVED',
      canBeCostedAsFinal: false,
    });
    const rec = await h.gql(consultant, RECORD, {
      i: { ...base, scheme: 'NJC_JES', score: 412, panelDate: '2026-03-10', moderated: true, resultingGrade: 'grade 8' },
    });
    expect(rec.body.data!.recordJobEvaluation).toMatchObject({ evaluationStatus: 'RECORDED', evaluation: { grade: 'Grade 8', minScp: 25, maxScp: 29 } });
    expect(codeOf((await h.gql(consultant, APPROVE_JE, { i: base })).body)).toBe('FORBIDDEN');
    const approved = (await h.gql(t.users.HR_PARTNER, APPROVE_JE, { i: base })).body.data!.approveJobEvaluation;
    expect(approved).toEqual({ evaluationStatus: 'APPROVED', grade: 'Grade 8', canBeCostedAsFinal: true, nextStep: null });
    const rows = (await h.gql(consultant, GRADING, { p: t.programmeId })).body.data!.postGrading;
    expect(rows.map((r: { title: string; canBeCostedAsFinal: boolean }) => [r.title, r.canBeCostedAsFinal])).toEqual([
      ['Contract Officer', true],
      ['Contract Officer (part-time)', false],
    ]);
    expect(rows[1].nextStep).toBe('Draft the job description.');
    const cost = (
      await h.gql(
        consultant,
        'query($p: ID!) { optionCost(programmeId: $p, financialYear: "2025/26", policy: TOP) { provisionalPosts posts { grade final basis { scpUsed } } } }',
        { p: t.programmeId },
      )
    ).body.data!.optionCost;
    expect(cost).toEqual({
      provisionalPosts: 1,
      posts: [
        { grade: 'Grade 8', final: true, basis: { scpUsed: 29 } },
        { grade: 'Grade 9', final: false, basis: { scpUsed: 33 } },
      ],
    });
    const structures = (
      await h.gql(t.users.HR_PARTNER, 'query($a: ID!) { gradeStructures(authorityId: $a) { effectiveFrom grades { grade } } }', { a: t.authorityId })
    ).body.data!.gradeStructures;
    expect(structures).toEqual([{ effectiveFrom: '2025-04-01', grades: [{ grade: 'Grade 8' }, { grade: 'Grade 9' }] }]);
  });

  it('answers NOT_FOUND for a post outside the chosen option and for another tenant', async () => {
    const r = await h.gql(consultant, DRAFT, {
      i: { programmeId: t.programmeId, designPostId: t.programmeId, purpose: 'x', accountabilities: ['x'], essentialCriteria: ['x'] },
    });
    expect(codeOf(r.body)).toBe('NOT_FOUND');
    const other = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other, GRADING, { p: t.programmeId })).body)).toBe('NOT_FOUND');
  });
});

import { codeOf, startHarness } from './support/harness';
import { makeCostedProgramme } from './support/fixtures';

type H = Awaited<ReturnType<typeof startHarness>>;

const DA = `query($p: ID!) { designAuthority(programmeId: $p) {
  gate { open reason openBlockingConditions { text } }
  submissions { submissionId status decision { decision } conditions { conditionId text blocking discharged }
    snapshot { optionName totalCostPence consultationOutline posts { title pence } grading { jd evaluation } } } } }`;
const SUBMIT = 'mutation($i: SubmitToDesignAuthorityInput!) { submitToDesignAuthority(input: $i) { submissions { submissionId status } } }';
const DECIDE =
  'mutation($i: RecordDesignAuthorityDecisionInput!) { recordDesignAuthorityDecision(input: $i) { gate { open reason } submissions { status conditions { conditionId blocking } } } }';
const DISCHARGE = 'mutation($i: DischargeConditionInput!) { dischargeCondition(input: $i) { gate { open reason } } }';
const today = () => new Date().toISOString().slice(0, 10);

describe('Design Authority', () => {
  let h: H;
  let consultant: string;
  let t: Awaited<ReturnType<typeof makeCostedProgramme>>;
  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeCostedProgramme(h, consultant, 'Decideshire');
    await h.gql(consultant, 'mutation($i: SetLgpsEmployerRateInput!) { setLgpsEmployerRate(input: $i) { rateBp } }', {
      i: { authorityId: t.authorityId, rateBp: 1990, effectiveFrom: '2026-04-01', source: 'Pension fund certificate 2026' },
    });
  });
  afterAll(() => h.close());

  it('freezes the proposal, refuses decisions on a superseded submission and from non-members, and keeps the gate shut until blocking conditions are met', async () => {
    const p = t.programmeId;
    const first = (await h.gql(consultant, SUBMIT, { i: { programmeId: p, consultationOutline: 'Draft outline' } })).body.data!.submitToDesignAuthority
      .submissions[0];
    const second = (await h.gql(consultant, SUBMIT, { i: { programmeId: p, consultationOutline: '45-day collective consultation from 5 January' } })).body.data!
      .submitToDesignAuthority.submissions;
    expect(second.map((s: { status: string }) => s.status)).toEqual(['superseded', 'awaiting_decision']);
    const current = second[1].submissionId;
    const tasks = (await h.gql(t.users.DA_MEMBER, '{ awaitingMe { kind entityId } }')).body.data!.awaitingMe;
    expect(tasks).toContainEqual({ kind: 'design_authority_decision', entityId: current });
    const superseded = await h.gql(t.users.DA_MEMBER, DECIDE, {
      i: { programmeId: p, submissionId: first.submissionId, decision: 'APPROVED', meetingDate: today() },
    });
    expect(superseded.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'SUBMISSION_SUPERSEDED' });
    expect(codeOf((await h.gql(consultant, DECIDE, { i: { programmeId: p, submissionId: current, decision: 'APPROVED', meetingDate: today() } })).body)).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(
        (
          await h.gql(await h.signIn('da@northshire.example'), DECIDE, {
            i: { programmeId: p, submissionId: current, decision: 'APPROVED', meetingDate: today() },
          })
        ).body,
      ),
    ).toBe('NOT_FOUND');
    const decided = await h.gql(t.users.DA_MEMBER, DECIDE, {
      i: {
        programmeId: p,
        submissionId: current,
        decision: 'APPROVED_WITH_CONDITIONS',
        meetingDate: today(),
        conditions: [
          { text: 'Equality impact assessment completed', owner: 'HR partner', dueDate: '2027-01-15', blocking: true },
          { text: 'Report benefits quarterly to the board', owner: 'Head of Contract Management', dueDate: '2027-06-30', blocking: false },
        ],
      },
    });
    const d = decided.body.data!.recordDesignAuthorityDecision;
    expect(d.gate.open).toBe(false);
    expect(d.gate.reason).toContain('Equality impact assessment completed');
    const consultantTasks = (await h.gql(consultant, '{ awaitingMe { kind programmeId } }')).body.data!.awaitingMe.filter(
      (x: { kind: string; programmeId: string }) => x.kind === 'design_authority_condition' && x.programmeId === p,
    );
    expect(consultantTasks).toHaveLength(2);
    const blocking = d.submissions[1].conditions.find((c: { blocking: boolean }) => c.blocking).conditionId;
    const open = (
      await h.gql(consultant, DISCHARGE, {
        i: { programmeId: p, submissionId: current, conditionId: blocking, evidence: 'EqIA signed off by HR on 10 December' },
      })
    ).body.data!.dischargeCondition;
    expect(open.gate.open).toBe(true);
    expect(open.gate.reason).toContain('1 non-blocking condition remains open');
    const view = (await h.gql(t.users.DA_MEMBER, DA, { p })).body.data!.designAuthority;
    const snap = view.submissions[1].snapshot;
    expect(snap).toMatchObject({ optionName: 'Option A', consultationOutline: '45-day collective consultation from 5 January' });
    expect(snap.totalCostPence).toBe(snap.posts.reduce((s: number, x: { pence: number }) => s + x.pence, 0));
    const again = await h.gql(t.users.DA_MEMBER, DECIDE, { i: { programmeId: p, submissionId: current, decision: 'APPROVED', meetingDate: today() } });
    expect(again.body.errors![0].extensions!.errorCode).toBe('SUBMISSION_ALREADY_DECIDED');
  });

  it('answers NOT_FOUND to another tenant', async () => {
    const other = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other, DA, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    expect(codeOf((await h.gql(other, SUBMIT, { i: { programmeId: t.programmeId, consultationOutline: 'x' } })).body)).toBe('NOT_FOUND');
  });
});

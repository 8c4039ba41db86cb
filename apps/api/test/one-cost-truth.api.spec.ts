import { DEMO_PASSWORD, startHarness } from './support/harness';
import { addUser, makeConsultationProgramme } from './support/fixtures';

type H = Awaited<ReturnType<typeof startHarness>>;

const FY = '2026/27';
const BUDGET = `query($p: ID!, $fy: String!) { functionBudget(programmeId: $p, financialYear: $fy) {
  totalPence annualTotalPence fundingPence gapPence neededFte agreedFte gapFte notGradedPence oneOffTotalPence
  oneOffCosts { kind pence } pay { notGraded { title pence } } partYear { goLiveDate daysInYear daysCosted } } }`;
const FUNDING = `query($p: ID!) { fundingPosition(programmeId: $p) { neededFte agreedFte gapFte goLiveDate needSource
  byYear { financialYear agreedPence neededPence gapPence indicativePence oneOffPence daysCosted } } }`;
const COMPARE =
  'query($p: ID!, $fy: String) { compareDesignOptions(programmeId: $p, financialYear: $fy) { chosen financialYear fullCostPence notGradedPence notGradedPosts } }';
const SUBMIT = 'mutation($i: SubmitToDesignAuthorityInput!) { submitToDesignAuthority(input: $i) { programmeId } }';
const PACK = `query($p: ID!) { designAuthority(programmeId: $p) { submissions { snapshot { totalCostPence financialYear notGradedPence oneOffPence
  gapFte fundingByYear { financialYear neededPence gapPence } posts { title costedInFull } financeSignOff { signedOff current } } } } }`;
const GO_LIVE = 'mutation($i: SetFunctionGoLiveDateInput!) { setFunctionGoLiveDate(input: $i) { goLiveDate } }';

describe('one cost truth: every page of a programme shows the same figures', () => {
  let h: H;
  let consultant: string;
  let t: Awaited<ReturnType<typeof makeConsultationProgramme>>;
  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeConsultationProgramme(h, consultant, 'Trueshire');
    // a post with no grade yet: grade 15 is not in the council's structure
    const optionId = t.optionId;
    await h.gql(consultant, 'mutation($i: AddDesignPostInput!) { addDesignPost(input: $i) { designPostId } }', {
      i: { programmeId: t.programmeId, optionId, title: 'Head of Contracts', grade: 15, fte: 1000, responsibilities: ['Lead'], indicativeCostPence: 8_250_000 },
    });
    await h.gql(consultant, 'mutation($i: SetBudgetNonPayLinesInput!) { setBudgetNonPayLines(input: $i) { totalPence } }', {
      i: { programmeId: t.programmeId, financialYear: FY, lines: [{ label: 'Training', pencePerYear: 1_200_000 }] },
    });
    await h.gql(consultant, 'mutation($i: RecordExitCostInputsInput!) { recordExitCostInputs(input: $i) { postId } }', {
      i: {
        programmeId: t.programmeId,
        postId: t.postIds['HWY-2'],
        age: 50,
        completeYearsService: 10,
        weeklyPayPence: 80_000,
        pensionMember: true,
        dismissalDate: '2027-01-15',
      },
    });
    await addUser(h, {
      email: 'roads@trueshire.example',
      displayName: 'Roads Director',
      role: 'SERVICE_DIRECTOR',
      password: DEMO_PASSWORD,
      authorityId: t.authorityId,
      serviceId: t.services.Highways,
    });
    const director = await h.signIn('roads@trueshire.example');
    const proposed = await h.gql(consultant, 'mutation($i: ProposeFteDealInput!) { proposeFteDeal(input: $i) { id version } }', {
      i: {
        programmeId: t.programmeId,
        serviceId: t.services.Highways,
        reason: 'Opening offer',
        terms: {
          sourcePosts: [{ postId: t.postIds['HWY-1'], fte: 400 }],
          budget: [{ financialYear: FY, pence: 2_000_000 }],
          effectiveDate: '2026-04-01',
          linkedChange: 'Highways restructure',
          rationale: 'Contract monitoring moves to the central team',
        },
      },
    });
    const deal = proposed.body.data!.proposeFteDeal;
    const agreed = await h.gql(director, 'mutation($i: DealStepInput!) { agreeFteDeal(input: $i) { status } }', {
      i: { dealId: deal.id, expectedVersion: deal.version, reason: 'Agreed' },
    });
    expect(agreed.body.data!.agreeFteDeal.status).toBe('AGREED');
  });
  afterAll(() => h.close());

  it('shows one needed figure, one gap in pounds and FTE, the posts not graded apart and the one-off costs beside, on Funding, Costs, the budget, the comparison and the pack', async () => {
    const budget = (await h.gql(consultant, BUDGET, { p: t.programmeId, fy: FY })).body.data!.functionBudget;
    const funding = (await h.gql(consultant, FUNDING, { p: t.programmeId })).body.data!.fundingPosition;
    const compare = (await h.gql(consultant, COMPARE, { p: t.programmeId, fy: FY })).body.data!.compareDesignOptions;
    const signed = await h.gql(t.users.FINANCE_PARTNER, 'mutation($i: SignOffBudgetInput!) { signOffBudget(input: $i) { totalPence } }', {
      i: { programmeId: t.programmeId, financialYear: FY, note: 'Affordable' },
    });
    expect(signed.body.errors).toBeUndefined();
    expect(
      (await h.gql(consultant, SUBMIT, { i: { programmeId: t.programmeId, consultationOutline: '45 days', financialYear: FY } })).body.errors,
    ).toBeUndefined();
    const pack = (await h.gql(consultant, PACK, { p: t.programmeId })).body.data!.designAuthority.submissions.at(-1).snapshot;

    const year = funding.byYear.find((y: { financialYear: string }) => y.financialYear === FY);
    const chosen = compare.find((c: { chosen: boolean }) => c.chosen);
    expect(budget.totalPence).toBeGreaterThan(1_200_000);
    expect([
      year.neededPence,
      chosen.fullCostPence,
      pack.totalCostPence,
      pack.fundingByYear.find((y: { financialYear: string }) => y.financialYear === FY).neededPence,
    ]).toEqual(Array(4).fill(budget.totalPence));
    expect(budget).toMatchObject({ fundingPence: 2_000_000, gapPence: budget.totalPence - 2_000_000, notGradedPence: 8_250_000 });
    expect([year.gapPence, year.agreedPence, year.indicativePence, year.oneOffPence]).toEqual([budget.gapPence, 2_000_000, 8_250_000, budget.oneOffTotalPence]);
    expect(budget.pay.notGraded).toEqual([{ title: 'Head of Contracts', pence: 8_250_000 }]);
    expect(chosen).toMatchObject({ notGradedPence: 8_250_000, notGradedPosts: 1 });
    expect([funding.gapFte, pack.gapFte, budget.gapFte]).toEqual([budget.neededFte - 400, budget.neededFte - 400, budget.neededFte - 400]);
    // statutory redundancy pay, as the exit costs page states it, sits beside the recurring cost, not in it
    const exit = (
      await h.gql(consultant, 'query($p: ID!) { exitCosts(programmeId: $p) { postId statutoryRedundancyPay { pence } } }', { p: t.programmeId })
    ).body.data!.exitCosts.find((e: { postId: string }) => e.postId === t.postIds['HWY-2']).statutoryRedundancyPay.pence;
    expect(exit).toBeGreaterThan(0);
    expect(budget.oneOffCosts).toEqual([{ kind: 'STATUTORY_REDUNDANCY', pence: exit }]);
    expect(pack).toMatchObject({ financialYear: FY, notGradedPence: 8_250_000, oneOffPence: exit, financeSignOff: { signedOff: true, current: true } });
    expect(pack.posts.find((p: { title: string }) => p.title === 'Head of Contracts').costedInFull).toBe(false);
  });

  it('costs from the go-live date: no post in 2026/27 for a function starting on 1 April 2027, the whole of 2027/28', async () => {
    await h.refused(consultant, GO_LIVE, { i: { programmeId: t.programmeId, goLiveDate: '2027-02-30', reason: 'x' } }, 'BAD_USER_INPUT', 'INVALID_DATE');
    await h.refused(consultant, GO_LIVE, { i: { programmeId: t.programmeId, goLiveDate: '2027-04-01', reason: ' ' } }, 'BAD_USER_INPUT', 'TEXT_REQUIRED');
    const i = {
      commandId: '0193e000-0000-7000-8000-00000000f001',
      programmeId: t.programmeId,
      goLiveDate: '2027-04-01',
      reason: 'After consultation and recruitment',
    };
    expect((await h.gql(consultant, GO_LIVE, { i })).body.data!.setFunctionGoLiveDate.goLiveDate).toBe('2027-04-01');
    // the same command again is applied once
    const before = await h.eventCount();
    expect((await h.gql(consultant, GO_LIVE, { i })).body.data!.setFunctionGoLiveDate.goLiveDate).toBe('2027-04-01');
    expect(await h.eventCount()).toBe(before);

    const now = (await h.gql(consultant, BUDGET, { p: t.programmeId, fy: FY })).body.data!.functionBudget;
    expect(now).toMatchObject({
      // no post costs anything before go-live; the non-pay decided for 2026/27 stays in that year
      totalPence: 1_200_000,
      gapPence: -800_000,
      notGradedPence: 0,
      partYear: { goLiveDate: '2027-04-01', daysInYear: 365, daysCosted: 0 },
    });
    const next = (await h.gql(consultant, BUDGET, { p: t.programmeId, fy: '2027/28' })).body.data!.functionBudget;
    expect(next.partYear).toEqual({ goLiveDate: '2027-04-01', daysInYear: 366, daysCosted: 366 });
    expect(next.totalPence).toBe(next.annualTotalPence);
    const funding = (await h.gql(consultant, FUNDING, { p: t.programmeId })).body.data!.fundingPosition;
    const needed = (fy: string) => funding.byYear.find((y: { financialYear: string }) => y.financialYear === fy)?.neededPence;
    expect([needed(FY), needed('2027/28')]).toEqual([1_200_000, next.totalPence]);
  });

  it('lets only the consultancy set the go-live date, and answers another tenant as if the programme did not exist', async () => {
    const i = { programmeId: t.programmeId, goLiveDate: '2027-06-01', reason: 'Later' };
    await h.refused(t.users.FINANCE_PARTNER, GO_LIVE, { i }, 'FORBIDDEN');
    await h.refused(await h.signIn('auditor@meridian.example'), GO_LIVE, { i }, 'FORBIDDEN');
    await h.refused(await h.signIn(h.other.adminEmail), GO_LIVE, { i }, 'NOT_FOUND');
    await h.refused(await h.signIn(h.other.adminEmail), FUNDING, { p: t.programmeId }, 'NOT_FOUND');
  });
});

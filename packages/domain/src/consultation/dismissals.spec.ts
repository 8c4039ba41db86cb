import { deciderSpec } from '../shared/testing/decider-spec';
import { consultationDecider } from './consultation-decider';
import { dismissalCount, withinWindow, type OtherProposal } from './dismissals';
import type { AffectedPerson, AffectedTerms, ConsultationEvent } from './events';
import { consultationFigures } from './plan-checks';
import { allDisclosed, approved, command, drafted, goodDates, person } from './spec-fixtures';
import { evolveConsultation, initialConsultationState, type ConsultationPlan } from './state';

const planOf = (events: ConsultationEvent[]) => events.reduce(evolveConsultation, initialConsultationState) as ConsultationPlan;
const atRisk = (n: number, from = 1): AffectedPerson[] => Array.from({ length: n }, (_, i) => person(from + i));
// A plan whose typed number is 0: the count comes from the transition map alone.
const mapPlan = (people: AffectedPerson[], extra: ConsultationEvent[] = []) => planOf([drafted(0, goodDates, people), ...extra]);
const other = (dismissals: number, firstDismissal: string, extra: Partial<OtherProposal> = {}): OtherProposal => ({
  planId: 'other-plan',
  programmeId: 'other-programme',
  title: 'Waste services restructure',
  establishment: 'County Hall, Northshire',
  firstDismissal,
  dismissals,
  consultationBegun: false,
  ...extra,
});
const terms = (entries: AffectedTerms[]): ConsultationEvent => ({ type: 'AffectedTermsRead', data: { entries } });

describe('proposed dismissals from the transition map', () => {
  it('given people at risk, one of them since redeployed, and one slotted in on the same terms, then everyone put at risk counts', () => {
    // Hardy v Tourism South East: the proposal is counted, not the hoped-for outcome of redeployment.
    const people = [...atRisk(3), person(4, 3_000_000, { placement: 'slotted', atRisk: false }), person(5, 3_000_000, { placement: 'redeployed' })];
    expect(consultationFigures(mapPlan(people)).count).toMatchObject({ recorded: 0, derived: 4, counted: 4, differs: true });
  });

  it.each([
    [19, false, null],
    [20, true, 30],
    [99, true, 30],
    [100, true, 45],
  ])('given %i at risk in the map, then collective consultation is %s with %s days', (n, required, days) => {
    const { figures } = consultationFigures(mapPlan(atRisk(n)));
    expect([figures.proposedDismissals, figures.collective.required, figures.collective.minimumDays]).toEqual([n, required, days]);
  });

  it('given a typed number above the map, then the typed number is kept as the floor and the difference shown', () => {
    const count = consultationFigures(planOf([drafted(25, goodDates, atRisk(3))])).count;
    expect(count).toMatchObject({ recorded: 25, derived: 3, counted: 25, differs: true });
  });
});

describe('aggregation at one establishment within 90 days (TULRCA s.188(1), (3))', () => {
  // This plan's first dismissal is 31 March 2027: the 90-day periods holding it run from 1 January to 28 June.
  it.each([
    ['2027-01-01', true],
    ['2026-12-31', false],
    ['2027-06-28', true],
    ['2027-06-29', false],
  ])('given another plan’s first dismissal on %s, then it is within the window: %s', (date, within) => {
    expect(withinWindow(date, '2027-03-31')).toBe(within);
  });

  it('given 19 here and 1 at the same establishment on the window edge, then 20 are counted and 30 days apply', () => {
    const plan = mapPlan(atRisk(19));
    const { figures, count } = consultationFigures(plan, [other(1, '2027-06-28')]);
    expect([count.counted, figures.collective.minimumDays]).toEqual([20, 30]);
    expect(count.aggregated).toEqual([{ planId: 'other-plan', title: 'Waste services restructure', dismissals: 1 }]);
    expect(consultationFigures(plan, [other(1, '2027-06-29')]).figures.collective.required).toBe(false);
  });

  it('given 99 here and 1 more within the window, then 100 are counted and 45 days apply; without it 30', () => {
    const plan = mapPlan(atRisk(99));
    expect(consultationFigures(plan, [other(1, '2027-01-01')]).figures.collective.minimumDays).toBe(45);
    expect(consultationFigures(plan, [other(1, '2026-12-31')]).figures.collective.minimumDays).toBe(30);
    expect(consultationFigures(plan).figures.collective.minimumDays).toBe(30);
  });

  it('leaves out another establishment, plans whose consultation has already begun (s.188(3)) and scenarios of the same programme', () => {
    const plan = mapPlan(atRisk(19));
    expect(consultationFigures(plan, [other(5, '2027-03-01', { establishment: 'Depot, Northshire' })]).count.counted).toBe(19);
    expect(consultationFigures(plan, [other(5, '2027-03-01', { consultationBegun: true })]).count.counted).toBe(19);
    expect(consultationFigures(plan, [other(5, '2027-03-01', { programmeId: plan.programmeId })]).count.counted).toBe(19);
    expect(consultationFigures(plan, [other(5, '2027-03-01', { establishment: '  county hall,  NORTHSHIRE ' })]).count.counted).toBe(24);
  });

  it('given the aggregated count reaches 20 at launch, then the plan is held to collective consultation', () => {
    const people = atRisk(19);
    const spec = deciderSpec(consultationDecider);
    spec
      .given([drafted(0, goodDates, people), ...allDisclosed()])
      .when(command('LaunchConsultation', { designAuthority: approved, others: [other(1, '2027-03-01')] }))
      .then([
        {
          type: 'ConsultationLaunched',
          data: {
            launchedOn: '2026-11-02',
            submissionId: 'sub-1',
            ruleIds: ['tulrca-s188-2013', 'tulrca-s193-online-2025-12', 'tulrca-s189-180-days-era-2025'],
            collectiveRequired: true,
            minimumDays: 30,
            hr1Deadline: '2027-03-01',
          },
        },
      ]);
  });
});

describe('changed terms count as dismissals (TULRCA s.195)', () => {
  // Slotted in without being put at risk: only changed terms make them count.
  const placed = [person(1, 3_000_000, { placement: 'slotted', atRisk: false }), person(2, 3_000_000, { placement: 'slotted', atRisk: false })];
  const t = (postId: string, over: Partial<AffectedTerms> = {}): AffectedTerms => ({
    postId,
    fromGrade: 'Grade 9',
    toGrade: 9,
    fromFte: 1000,
    toFte: 1000,
    ...over,
  });

  it('given a slot-in to a lower grade, then the person counts', () => {
    const count = consultationFigures(mapPlan(placed, [terms([t('post-1', { toGrade: 8 }), t('post-2')])])).count;
    expect([count.derived, count.s195]).toEqual([1, 1]);
  });

  it('given a slot-in to fewer hours, then the person counts', () => {
    const count = consultationFigures(mapPlan(placed, [terms([t('post-1'), t('post-2', { toFte: 600 })])])).count;
    expect([count.derived, count.s195]).toEqual([1, 1]);
  });

  it('given the same grade and hours, or a grade that is a name not a number, then nobody counts', () => {
    expect(consultationFigures(mapPlan(placed, [terms([t('post-1'), t('post-2', { toGrade: 10 })])])).count.derived).toBe(0);
    expect(consultationFigures(mapPlan(placed, [terms([t('post-1', { fromGrade: 'PO1', toGrade: 6 })])])).count.derived).toBe(0);
    expect(dismissalCount({ ...mapPlan(placed), firstDismissal: null }).derived).toBe(0);
  });
});

import { evolveFunctionDesign, initialFunctionDesignState, type FunctionDesignEvent } from '../design';
import { evolveReassignments, initialReassignmentsState, type ReassignmentsEvent } from '../reassignments';
import { deciderSpec } from '../testing';
import { handoverDecider } from './handover-decider';
import { draftCommand, officer, plan, stages } from './spec-fixtures';
import { openVacancies } from './stages';

const spec = deciderSpec(handoverDecider);

describe('the vacancies to recruit', () => {
  const post = (designPostId: string, title: string, fte: number) => ({
    designPostId,
    title,
    grade: 9,
    fte,
    reportsTo: null,
    responsibilities: [],
    jdReference: null,
    indicativeCostPence: 0,
    apprenticeship: false,
    holderAgeBand: null,
    allowances: [],
  });
  const design: FunctionDesignEvent[] = [
    {
      type: 'DesignOptionDrafted',
      data: {
        optionId: 'a',
        name: 'A',
        description: '',
        copiedFromOptionId: null,
        posts: [post('head', 'Head', 1000), post('officer', 'Contract Officer', 3000), post('manager', 'Contract Manager', 1000)],
      },
    },
    { type: 'DesignOptionDrafted', data: { optionId: 'b', name: 'B', description: '', copiedFromOptionId: null, posts: [post('other', 'Other', 1000)] } },
    { type: 'DesignOptionChosen', data: { optionId: 'a', reason: 'Best', previousOptionId: null } },
  ];
  const moves: ReassignmentsEvent[] = [
    { type: 'SlotInRecorded', data: { postId: 'p1', designPostId: 'head', jobMatchPercent: 80, minimumJobMatchPercent: 70, fte: 1000, reason: 'Match' } },
    { type: 'SlotInRecorded', data: { postId: 'p2', designPostId: 'officer', jobMatchPercent: 75, minimumJobMatchPercent: 70, fte: 600, reason: 'Match' } },
    { type: 'RingFencePoolFormed', data: { poolId: 'pool', name: 'Officers', postIds: ['p3', 'p4'], designPostIds: ['officer'], reason: 'Changed role' } },
    {
      type: 'SelectionOutcomeRecorded',
      data: { poolId: 'pool', postId: 'p3', outcome: 'appointed', designPostId: 'officer', fte: 1000, reason: 'Best at interview' },
    },
    {
      type: 'SelectionOutcomeRecorded',
      data: { poolId: 'pool', postId: 'p4', outcome: 'not_appointed', designPostId: null, fte: 1000, reason: 'Below the bar' },
    },
  ];

  it('are the chosen option’s posts with FTE left after slot-ins and ring-fence appointments', () => {
    const d = design.reduce(evolveFunctionDesign, initialFunctionDesignState);
    const r = moves.reduce(evolveReassignments, initialReassignmentsState);
    expect(openVacancies(d, r)).toEqual([
      { designPostId: 'officer', title: 'Contract Officer', grade: 9, fte: 1400 },
      { designPostId: 'manager', title: 'Contract Manager', grade: 9, fte: 1000 },
    ]);
  });

  it('are none before an option is chosen', () => {
    expect(openVacancies(design.slice(0, 2).reduce(evolveFunctionDesign, initialFunctionDesignState), initialReassignmentsState)).toEqual([]);
  });
});

describe('when the plan is checked', () => {
  const officerWith = (s: unknown[]) => [{ ...plan()[0], stages: s }, plan()[1]] as never;

  it('covers every vacancy, once, and nothing else', () => {
    spec
      .given([])
      .when(draftCommand([plan()[0]]))
      .thenThrows('VACANCY_NOT_PLANNED');
    spec
      .given([])
      .when(draftCommand([...plan(), plan()[0]]))
      .thenThrows('VACANCY_LISTED_TWICE');
    spec
      .given([])
      .when(draftCommand([...plan(), { ...plan()[0], designPostId: 'head' }]))
      .thenThrows('VACANCY_NOT_OPEN');
    spec
      .given([])
      .when({ ...draftCommand(), data: { vacancies: [], openVacancies: [] } })
      .thenThrows('NO_VACANCIES_TO_RECRUIT');
    spec
      .given([])
      .when({ ...draftCommand(), data: { vacancies: 'x' as never, openVacancies: [officer] } })
      .thenThrows('INVALID_VACANCIES');
  });

  it('needs an owner for each vacancy', () => {
    spec
      .given([])
      .when(draftCommand([{ ...plan()[0], owner: ' ' }, plan()[1]]))
      .thenThrows('TEXT_REQUIRED');
  });

  it('takes known stages, each once, in the fixed order', () => {
    spec
      .given([])
      .when(draftCommand(officerWith([])))
      .thenThrows('INVALID_STAGE');
    spec
      .given([])
      .when(draftCommand(officerWith([{ stage: 'probation', targetDate: '2027-01-01' }])))
      .thenThrows('INVALID_STAGE');
    spec
      .given([])
      .when(draftCommand(officerWith([stages[2], stages[1]])))
      .thenThrows('STAGES_OUT_OF_ORDER');
    spec
      .given([])
      .when(draftCommand(officerWith([stages[1], stages[1]])))
      .thenThrows('STAGES_OUT_OF_ORDER');
  });

  it('takes real dates that never go backwards; two stages may fall on one day', () => {
    spec
      .given([])
      .when(draftCommand(officerWith([{ stage: 'offer', targetDate: '2027-02-30' }])))
      .thenThrows('INVALID_DATE');
    const error = spec
      .given([])
      .when(
        draftCommand(
          officerWith([
            { stage: 'interview', targetDate: '2027-02-03' },
            { stage: 'offer', targetDate: '2027-02-02' },
          ]),
        ),
      )
      .thenThrows('TARGET_DATES_OUT_OF_ORDER');
    expect(error.message).toBe('Contract Officer: Offer is due on 2027-02-02, before Interview on 2027-02-03; target dates must not go backwards.');
    const sameDay = [
      { stage: 'interview', targetDate: '2027-02-03' },
      { stage: 'offer', targetDate: '2027-02-03' },
    ] as const;
    spec
      .given([])
      .when(draftCommand(officerWith([...sameDay])))
      .then([
        {
          type: 'RecruitmentPlanDrafted',
          data: {
            vacancies: [
              { vacancyId: 'officer', title: 'Contract Officer', grade: 9, fte: 1500, owner: 'Head of Contract Management', stages: [...sameDay] },
              expect.objectContaining({ vacancyId: 'manager' }),
            ],
          },
        },
      ]);
  });
});

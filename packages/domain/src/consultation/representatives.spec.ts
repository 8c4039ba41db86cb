import { deciderSpec } from '../shared/testing/decider-spec';
import { consultationDecider } from './consultation-decider';
import type { ConsultationEvent, RepresentativeElection } from './events';
import { allDisclosed, approved, command, drafted } from './spec-fixtures';

// TULRCA s.188(1B), s.188A: with no recognised union, consultation is with elected representatives.
const spec = deciderSpec(consultationDecider);
const noUnion = (): ConsultationEvent => {
  const e = drafted(25);
  return { ...e, data: { ...e.data, recognisedUnions: [] } } as ConsultationEvent;
};
const election: RepresentativeElection = {
  electedOn: '2027-01-04',
  termEndsOn: '2027-04-30',
  representatives: [
    { postId: 'post-1', represents: ['post-1', 'post-2'] },
    { postId: 'post-3', represents: ['post-3'] },
  ],
  fairArrangements: true,
  allAffectedCouldVote: true,
  secretBallot: true,
};
const elect = (over: Partial<RepresentativeElection> = {}) => command('ElectEmployeeRepresentatives', { ...election, ...over });
const elected: ConsultationEvent = { type: 'EmployeeRepresentativesElected', data: election };
const launch = () => command('LaunchConsultation', { designAuthority: approved });
const disclosedToReps = (): ConsultationEvent[] =>
  allDisclosed().map(
    (e) => ({ ...e, data: { ...e.data, unions: ['Elected representative (ACM-0001)', 'Elected representative (ACM-0003)'] } }) as ConsultationEvent,
  );

describe('electing employee representatives (s.188A)', () => {
  it('given no recognised union, when an election meeting s.188A is recorded, then it is recorded', () => {
    spec.given([noUnion()]).when(elect()).then([elected]);
  });

  it('refuses an election where a union is recognised', () => {
    spec
      .given([drafted(25)])
      .when(elect())
      .thenThrows('UNIONS_RECOGNISED', 'BAD_USER_INPUT');
  });

  it.each([
    ['an affected employee nobody represents', { representatives: [{ postId: 'post-1', represents: ['post-1', 'post-2'] }] }, 'ACM-0003'],
    ['a representative who is not affected', { representatives: [{ postId: 'post-9', represents: ['post-1', 'post-2', 'post-3'] }] }, 's.188A(1)(e)'],
    ['an unfair election', { fairArrangements: false }, 's.188A(1)(a)'],
    ['a vote not open to every affected employee', { allAffectedCouldVote: false }, 's.188A(1)(g)'],
    ['a ballot that was not secret', { secretBallot: false }, 's.188A(1)(i)'],
    ['a term that ends on the election day', { termEndsOn: '2027-01-04' }, 's.188A(1)(d)'],
  ])('refuses %s', (_label, over, says) => {
    const error = spec
      .given([noUnion()])
      .when(elect(over as Partial<RepresentativeElection>))
      .thenThrows('INVALID_ELECTION', 'BAD_USER_INPUT');
    expect(error.message).toContain(says);
  });
});

describe('launch and the appropriate representatives', () => {
  it('given no union and no election, when launch is asked for, then it is refused for want of appropriate representatives', () => {
    const error = spec.given([noUnion()]).when(launch()).thenThrows('CONSULTATION_PLAN_HAS_BREACHES');
    expect(error.details.warnings).toContain('NO_APPROPRIATE_REPRESENTATIVES');
    spec
      .given([noUnion()])
      .when(command('RecordDisclosure', { item: 'reasons', givenOn: '2027-01-11', documentRef: 'S188-1' }))
      .thenThrows('NO_RECOGNISED_UNION');
  });

  it('given an election whose term ends before consultation closes, then launch is refused', () => {
    const short: ConsultationEvent = { type: 'EmployeeRepresentativesElected', data: { ...election, termEndsOn: '2027-02-09' } };
    const error = spec
      .given([noUnion(), short, ...disclosedToReps()])
      .when(launch())
      .thenThrows('CONSULTATION_PLAN_HAS_BREACHES');
    expect(error.details.warnings).toEqual(['REPRESENTATIVES_TERM_TOO_SHORT']);
  });

  it('given elected representatives who had the disclosures, then launch goes ahead; disclosures go to them', () => {
    spec
      .given([noUnion(), elected])
      .when(command('RecordDisclosure', { item: 'reasons', givenOn: '2027-01-11', documentRef: 'S188-1' }))
      .then([
        {
          type: 'DisclosureGivenInWriting',
          data: {
            item: 'reasons',
            givenOn: '2027-01-11',
            documentRef: 'S188-1',
            unions: ['Elected representative (ACM-0001)', 'Elected representative (ACM-0003)'],
          },
        },
      ]);
    const launched = spec.given([noUnion(), elected, ...disclosedToReps()]).when(launch());
    expect(() => launched.then([expect.objectContaining({ type: 'ConsultationLaunched' }) as ConsultationEvent])).not.toThrow();
  });
});

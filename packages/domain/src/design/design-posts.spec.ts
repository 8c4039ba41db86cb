import { deciderSpec, meta } from '../testing';
import type { AddDesignPost, RemoveDesignPost, ReviseDesignPost } from './commands';
import { functionDesignDecider } from './design-decider';
import { MAX_POSTS_PER_OPTION, type DesignPost } from './design-post';
import { added, chosenEvent, drafted, head, lead, officer, optionA, optionB, post, threeLayers } from './spec-fixtures';

const spec = deciderSpec(functionDesignDecider);
const add = (p: DesignPost, optionId = optionA): AddDesignPost => ({ type: 'AddDesignPost', data: { optionId, post: p }, metadata: meta() });
const revise = (p: DesignPost, optionId = optionA): ReviseDesignPost => ({ type: 'ReviseDesignPost', data: { optionId, post: p }, metadata: meta() });
const remove = (designPostId: string, optionId = optionA): RemoveDesignPost => ({
  type: 'RemoveDesignPost',
  data: { optionId, designPostId },
  metadata: meta(),
});

describe('when adding a post', () => {
  it('adds it, trimmed, with an empty JD reference as none', () => {
    const typed = { ...lead, title: ' Contract Manager ', responsibilities: [' Manage contracts '], jdReference: ' ' };
    spec
      .given([drafted(), added(head)])
      .when(add(typed))
      .then([added(lead)]);
  });

  it('accepts the limits: grade 1–20, FTE up to 50, cost up to £1,000,000, 30 responsibilities', () => {
    const big = post('big', {
      grade: 20,
      fte: 50_000,
      indicativeCostPence: 100_000_000,
      responsibilities: Array(30).fill('r'.repeat(300)),
      jdReference: 'j'.repeat(60),
    });
    spec
      .given([drafted()])
      .when(add(big))
      .then([added(big)]);
  });

  it('validates every field', () => {
    const given = spec.given([drafted()]);
    given.when(add(post(''))).thenThrows('INVALID_ID');
    given.when(add(post('p', { title: '' }))).thenThrows('TEXT_REQUIRED');
    given.when(add(post('p', { title: 't'.repeat(121) }))).thenThrows('TEXT_TOO_LONG');
    for (const grade of [0, 21, 9.5]) given.when(add(post('p', { grade }))).thenThrows('INVALID_GRADE');
    for (const fte of [0, 50_001, 0.5]) given.when(add(post('p', { fte }))).thenThrows('INVALID_FTE');
    for (const cost of [-1, 100_000_001, 1.5]) given.when(add(post('p', { indicativeCostPence: cost }))).thenThrows('INVALID_MONEY');
    given.when(add(post('p', { responsibilities: Array(31).fill('r') }))).thenThrows('INVALID_RESPONSIBILITIES');
    given.when(add(post('p', { responsibilities: ['r'.repeat(301)] }))).thenThrows('TEXT_TOO_LONG');
    given.when(add(post('p', { responsibilities: [' '] }))).thenThrows('TEXT_REQUIRED');
    given.when(add(post('p', { jdReference: 'j'.repeat(61) }))).thenThrows('TEXT_TOO_LONG');
  });

  it('keeps post ids unique across the whole design', () => {
    spec
      .given([drafted(), added(head), drafted(optionB, 'Other')])
      .when(add(head, optionB))
      .thenThrows('DESIGN_POST_ALREADY_EXISTS', 'CONFLICT');
  });

  it('needs the manager to be a post of the same option', () => {
    spec
      .given([drafted(), added(head), drafted(optionB, 'Other')])
      .when(add(post('x', { reportsTo: 'head' }), optionB))
      .thenThrows('DESIGN_POST_NOT_FOUND', 'NOT_FOUND');
  });

  it('refuses a post that reports to itself', () => {
    spec
      .given([drafted()])
      .when(add(post('x', { reportsTo: 'x' })))
      .thenThrows('REPORTING_CYCLE');
  });

  it('allows a second head (a check flag, not an error)', () => {
    spec
      .given([drafted(), added(head)])
      .when(add(post('other-head')))
      .then([added(post('other-head'))]);
  });

  it(`allows at most ${MAX_POSTS_PER_OPTION} posts in an option`, () => {
    const full = [drafted(), ...Array.from({ length: MAX_POSTS_PER_OPTION }, (_, i) => added(post(`p${i}`)))];
    spec
      .given(full)
      .when(add(post('one-more')))
      .thenThrows('OPTION_TOO_LARGE');
  });

  it('refuses an unknown option', () => {
    spec.given([]).when(add(head)).thenThrows('OPTION_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when revising a post', () => {
  it('records the new post and the fields that changed', () => {
    const revised = { ...officer, grade: 7, responsibilities: ['Manage contracts', 'Supplier meetings'] };
    spec
      .given(threeLayers)
      .when(revise(revised))
      .then([{ type: 'DesignPostRevised', data: { optionId: optionA, post: revised, changed: ['grade', 'responsibilities'], refinesChosenOption: false } }]);
  });

  it('records nothing when nothing changed', () => {
    spec
      .given(threeLayers)
      .when(revise({ ...officer, title: ` ${officer.title} ` }))
      .then([]);
  });

  it('still allows refining the chosen option, and marks each change as such', () => {
    const revised = { ...lead, jdReference: 'JD-CM-01' };
    spec
      .given([...threeLayers, chosenEvent()])
      .when(revise(revised))
      .then([{ type: 'DesignPostRevised', data: { optionId: optionA, post: revised, changed: ['jdReference'], refinesChosenOption: true } }]);
  });

  it('refuses a reporting line that would make a cycle', () => {
    spec
      .given(threeLayers)
      .when(revise({ ...head, reportsTo: 'officer' }))
      .thenThrows('REPORTING_CYCLE');
    spec
      .given(threeLayers)
      .when(revise({ ...lead, reportsTo: 'lead' }))
      .thenThrows('REPORTING_CYCLE');
  });

  it('allows moving a post under a sibling branch', () => {
    const moved = { ...officer, reportsTo: 'head' };
    spec
      .given(threeLayers)
      .when(revise(moved))
      .then([{ type: 'DesignPostRevised', data: { optionId: optionA, post: moved, changed: ['reportsTo'], refinesChosenOption: false } }]);
  });

  it('refuses a manager outside the option, an unknown post and an unknown option', () => {
    spec
      .given(threeLayers)
      .when(revise({ ...lead, reportsTo: 'elsewhere' }))
      .thenThrows('DESIGN_POST_NOT_FOUND', 'NOT_FOUND');
    spec
      .given(threeLayers)
      .when(revise(post('ghost')))
      .thenThrows('DESIGN_POST_NOT_FOUND', 'NOT_FOUND');
    spec.given(threeLayers).when(revise(lead, optionB)).thenThrows('OPTION_NOT_FOUND', 'NOT_FOUND');
  });

  it('validates the revised post', () => {
    spec
      .given(threeLayers)
      .when(revise({ ...lead, grade: 0 }))
      .thenThrows('INVALID_GRADE');
  });
});

describe('when removing a post', () => {
  it('moves its direct reports up to its manager', () => {
    const twoReports = [...threeLayers, added(post('officer-2', { reportsTo: 'lead' }))];
    spec
      .given(twoReports)
      .when(remove('lead'))
      .then([
        {
          type: 'DesignPostRemoved',
          data: { optionId: optionA, designPostId: 'lead', reassignedReports: ['officer', 'officer-2'], reportsNowTo: 'head', refinesChosenOption: false },
        },
      ]);
  });

  it('makes the reports of a removed head into heads', () => {
    spec
      .given(threeLayers)
      .when(remove('head'))
      .then([
        {
          type: 'DesignPostRemoved',
          data: { optionId: optionA, designPostId: 'head', reassignedReports: ['lead'], reportsNowTo: null, refinesChosenOption: false },
        },
      ]);
  });

  it('marks a removal from the chosen option, and keeps at least one post there', () => {
    spec
      .given([...threeLayers, chosenEvent()])
      .when(remove('officer'))
      .then([
        {
          type: 'DesignPostRemoved',
          data: { optionId: optionA, designPostId: 'officer', reassignedReports: [], reportsNowTo: 'lead', refinesChosenOption: true },
        },
      ]);
    spec
      .given([drafted(), added(head), chosenEvent()])
      .when(remove('head'))
      .thenThrows('OPTION_EMPTY');
  });

  it('allows emptying an option that is not chosen', () => {
    spec
      .given([drafted(), added(head)])
      .when(remove('head'))
      .then([
        { type: 'DesignPostRemoved', data: { optionId: optionA, designPostId: 'head', reassignedReports: [], reportsNowTo: null, refinesChosenOption: false } },
      ]);
  });

  it('refuses an unknown post or option', () => {
    spec.given(threeLayers).when(remove('ghost')).thenThrows('DESIGN_POST_NOT_FOUND', 'NOT_FOUND');
    spec.given(threeLayers).when(remove('head', optionB)).thenThrows('OPTION_NOT_FOUND', 'NOT_FOUND');
  });
});

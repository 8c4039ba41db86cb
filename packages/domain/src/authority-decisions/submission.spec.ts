import { deciderSpec } from '../testing';
import { designAuthorityDecider } from './design-authority-decider';
import type { DesignAuthoritySnapshot } from './snapshot';
import { as, decided, snapshot, submit, submitted } from './spec-fixtures';

const spec = deciderSpec(designAuthorityDecider);
const base = snapshot();
const broken = (s: Partial<DesignAuthoritySnapshot>) => submit('s1', { ...base, ...s });

describe('when submitting the proposal to the Design Authority', () => {
  it('records the frozen snapshot, trimmed, with unknown fields dropped', () => {
    const typed = { ...base, consultationOutline: ` ${base.consultationOutline} `, extra: 'ignored' } as DesignAuthoritySnapshot;
    spec
      .given([])
      .when(submit('s1', typed))
      .then([submitted('s1')]);
  });

  it('supersedes the previous submission, whatever its outcome', () => {
    spec
      .given([submitted('s1')])
      .when(submit('s2'))
      .then([submitted('s2', 's1')]);
    spec
      .given([submitted('s1'), decided({ decision: 'deferred', asksFor: 'Costs' })])
      .when(submit('s2'))
      .then([submitted('s2', 's1')]);
  });

  it('refuses a submission id already used, or an empty one', () => {
    spec
      .given([submitted('s1'), submitted('s2', 's1')])
      .when(submit('s1'))
      .thenThrows('SUBMISSION_ALREADY_EXISTS', 'CONFLICT');
    spec.given([]).when(submit(' ')).thenThrows('INVALID_SUBMISSION_ID');
  });

  it('is for consultants and tenant admins', () => {
    spec
      .given([])
      .when(submit('s1', base, as('tenant_admin')))
      .then([submitted('s1')]);
    spec
      .given([])
      .when(submit('s1', base, as('da_member')))
      .thenThrows('DA_SUBMISSION_NOT_ALLOWED', 'FORBIDDEN');
  });
});

describe('when the snapshot does not hold together', () => {
  const given = spec.given([]);

  it('needs costs by post that add up to the total, for posts of the option', () => {
    const error = given.when(broken({ costs: { ...base.costs, totalPence: 23_000_001 } })).thenThrows('INVALID_SNAPSHOT');
    expect(error.message).toBe(
      'The proposal snapshot is not consistent: costs by post and non-pay add up to £230,000.00 but the total is £230,000.01. Rebuild it from the current design and submit again.',
    );
    given.when(broken({ costs: { ...base.costs, byPost: [...base.costs.byPost, { designPostId: 'ghost', pence: 0 }] } })).thenThrows('INVALID_SNAPSHOT');
    given.when(broken({ costs: { ...base.costs, byPost: [base.costs.byPost[0], base.costs.byPost[0]] } })).thenThrows('INVALID_SNAPSHOT');
    given.when(broken({ costs: { ...base.costs, basis: '' } })).thenThrows('TEXT_REQUIRED');
  });

  it('needs each gap to be needed − agreed, and real financial years', () => {
    given.when(broken({ funding: { ...base.funding, gapFte: 400 } })).thenThrows('INVALID_SNAPSHOT');
    given
      .when(broken({ funding: { ...base.funding, agreedFte: 3500, gapFte: -500 } }))
      .then([submitted('s1', null, { ...base, funding: { ...base.funding, agreedFte: 3500, gapFte: -500 } })]);
    const year = base.funding.byYear[0];
    given.when(broken({ funding: { ...base.funding, byYear: [{ ...year, gapPence: 1 }] } })).thenThrows('INVALID_SNAPSHOT');
    given.when(broken({ funding: { ...base.funding, byYear: [{ ...year, financialYear: '2026/28' }] } })).thenThrows('INVALID_SNAPSHOT');
    given.when(broken({ funding: { ...base.funding, byYear: [year, year] } })).thenThrows('INVALID_SNAPSHOT');
  });

  it('needs 1 to 200 distinct posts with valid FTE', () => {
    given.when(broken({ option: { ...base.option, posts: [] } })).thenThrows('INVALID_SNAPSHOT');
    given.when(broken({ option: { ...base.option, posts: [base.option.posts[0], base.option.posts[0]] } })).thenThrows('INVALID_SNAPSHOT');
    given.when(broken({ option: { ...base.option, posts: [{ ...base.option.posts[0], fte: 0.5 }] } })).thenThrows('INVALID_FTE');
  });

  it('shows a grade only from an approved evaluation, for posts of the option', () => {
    given.when(broken({ grading: [{ designPostId: 'lead', jd: 'approved', evaluation: 'recorded', grade: 'Grade 9' }] })).thenThrows('INVALID_SNAPSHOT');
    given.when(broken({ grading: [{ designPostId: 'ghost', jd: 'none', evaluation: 'none', grade: null }] })).thenThrows('INVALID_SNAPSHOT');
    given.when(broken({ grading: [{ designPostId: 'lead', jd: 'signed' as never, evaluation: 'none', grade: null }] })).thenThrows('INVALID_SNAPSHOT');
  });

  it('needs distinct deals, a consultation outline of up to 5,000 characters, and a real submission date', () => {
    given.when(broken({ deals: [base.deals[0], base.deals[0]] })).thenThrows('INVALID_SNAPSHOT');
    given.when(broken({ consultationOutline: 'o'.repeat(5001) })).thenThrows('TEXT_TOO_LONG');
    given.when(broken({ consultationOutline: 'o'.repeat(5000) })).then([submitted('s1', null, { ...base, consultationOutline: 'o'.repeat(5000) })]);
    given.when(broken({ submittedOn: '2025-09-31' })).thenThrows('INVALID_DATE');
  });
});

describe('when the snapshot carries the one costing (v2)', () => {
  const given = spec.given([]);
  const base = snapshot();
  const withNonPay = {
    ...base,
    costs: { ...base.costs, totalPence: 23_365_000, nonPay: [{ label: 'Licence', pence: 365_000 }] },
    funding: { ...base.funding, byYear: [{ ...base.funding.byYear[0], neededPence: 23_365_000, gapPence: 8_365_000 }] },
  };

  it('given non-pay lines, then posts + non-pay make the total, and the year funding needs is that total', () => {
    given.when(submit('s1', withNonPay)).then([submitted('s1', null, withNonPay)]);
    given.when(submit('s1', { ...withNonPay, costs: { ...withNonPay.costs, totalPence: 23_000_000 } })).thenThrows('INVALID_SNAPSHOT');
    const error = given.when(submit('s1', { ...withNonPay, funding: base.funding })).thenThrows('INVALID_SNAPSHOT');
    expect(error.message).toContain('the 2026/27 funding need is £230,000.00 but the costs total £233,650.00');
  });

  it('given a post not graded, then its indicative figure adds up apart and the post is not also costed in full', () => {
    const notGraded = { ...withNonPay, costs: { ...withNonPay.costs, notGraded: [{ designPostId: 'lead', pence: 100 }], notGradedPence: 100 } };
    given.when(submit('s1', notGraded)).thenThrows('INVALID_SNAPSHOT');
    const apart = {
      ...notGraded,
      costs: { ...notGraded.costs, byPost: [base.costs.byPost[0]], totalPence: 9_365_000 },
      funding: { ...base.funding, byYear: [{ ...base.funding.byYear[0], neededPence: 9_365_000, gapPence: -5_635_000 }] },
    };
    given.when(submit('s1', apart)).then([submitted('s1', null, apart)]);
    given.when(submit('s1', { ...apart, costs: { ...apart.costs, notGradedPence: 99 } })).thenThrows('INVALID_SNAPSHOT');
  });

  it('given one-off costs, then they add up to their own total, never to the recurring one', () => {
    const oneOff = { ...withNonPay, costs: { ...withNonPay.costs, oneOff: [{ kind: 'lgps_strain', label: 'Strain: P1', pence: 500 }], oneOffPence: 500 } };
    given.when(submit('s1', oneOff)).then([submitted('s1', null, oneOff)]);
    given.when(submit('s1', { ...oneOff, costs: { ...oneOff.costs, oneOffPence: 0 } })).thenThrows('INVALID_SNAPSHOT');
  });

  it('records whether Finance had signed off, with a date exactly when it had; a sign-off of other figures is not current', () => {
    const none = { ...base, financeSignOff: { signedOff: false, signedOn: null, current: true } };
    given.when(submit('s1', none)).then([submitted('s1', null, { ...none, financeSignOff: { signedOff: false, signedOn: null, current: false } })]);
    given.when(submit('s1', { ...base, financeSignOff: { signedOff: false, signedOn: '2025-08-20', current: false } })).thenThrows('INVALID_SNAPSHOT');
    given.when(submit('s1', { ...base, financeSignOff: { signedOff: true, signedOn: null, current: true } })).thenThrows('INVALID_SNAPSHOT');
  });
});

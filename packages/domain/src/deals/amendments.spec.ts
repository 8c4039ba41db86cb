import { fold } from '../shared/decider';
import { deciderSpec } from '../testing';
import { fteDealsDecider } from './fte-deals-decider';
import {
  agreeAmendment,
  agreed,
  consultantId,
  invitedBy,
  amendmentAgreed,
  amendmentCountered,
  amendmentProposed,
  amendmentRejected,
  bySide,
  counter,
  counterAmendment,
  dealA,
  dealB,
  director,
  propose,
  proposeAmendment,
  proposed,
  rejectAmendment,
  rejected,
  smaller,
  terms,
} from './spec-fixtures';

const spec = deciderSpec(fteDealsDecider);
const why = 'Phase 3 keeps 0.2 FTE of client-side monitoring in the service.';
const inForce = [proposed(), agreed(terms())]; // 0.800 FTE of post-1 agreed
const fewer = smaller(); // 0.600 FTE of post-1
const middle = terms({ sourcePosts: [{ postId: 'post-1', fte: 700 }] });
const freed = terms({ sourcePosts: [{ postId: 'post-1', fte: 400 }] }); // fits only if deal A holds 0.600

describe('when an agreed deal must change', () => {
  it('refuses a plain counter: the terms are frozen, use an amendment', () => {
    spec
      .given(inForce)
      .when(counter(fewer, why, { metadata: director }))
      .thenThrows('DEAL_TERMS_FROZEN');
  });

  it('records an amendment from either side, the agreed terms staying in force meanwhile', () => {
    spec
      .given(inForce)
      .when(proposeAmendment(fewer, why, { metadata: director }))
      .then([amendmentProposed(fewer, why, bySide.service)]);
    spec
      .given(inForce)
      .when(proposeAmendment(fewer, why))
      .then([amendmentProposed(fewer, why)]);
    const deal = fold(fteDealsDecider, [...inForce, amendmentProposed(fewer, why)]).deals[dealA];
    expect(deal).toMatchObject({ status: 'amendment_proposed', agreedTerms: terms(), currentOffer: { terms: fewer, side: 'programme' } });
  });

  it('needs a reason and a change to the agreed terms', () => {
    spec.given(inForce).when(proposeAmendment(fewer, '')).thenThrows('TEXT_REQUIRED');
    spec.given(inForce).when(proposeAmendment(terms(), why)).thenThrows('OFFER_UNCHANGED');
  });

  it('amends only an agreed deal', () => {
    spec.given([proposed()]).when(proposeAmendment(fewer, why)).thenThrows('DEAL_NOT_AGREED');
    spec
      .given([proposed(), rejected('No.')])
      .when(proposeAmendment(fewer, why))
      .thenThrows('DEAL_CLOSED');
    spec.given([]).when(proposeAmendment(fewer, why)).thenThrows('DEAL_NOT_FOUND');
  });

  it('takes one amendment at a time', () => {
    spec
      .given([...inForce, amendmentProposed(fewer, why)])
      .when(proposeAmendment(middle, why, { metadata: director }))
      .thenThrows('AMENDMENT_ALREADY_PROPOSED');
  });
});

describe('when an amendment is on the table', () => {
  const pending = [...inForce, amendmentProposed(fewer, why)];

  it('is countered in turns, by the other side only', () => {
    spec
      .given(pending)
      .when(counterAmendment(middle, 'Meet halfway.', { metadata: director }))
      .then([amendmentCountered(middle, 'Meet halfway.')]);
    spec.given(pending).when(counterAmendment(middle, 'Again.')).thenThrows('OFFER_AWAITS_OTHER_SIDE');
    spec
      .given(pending)
      .when(counterAmendment(fewer, 'Same.', { metadata: director }))
      .thenThrows('OFFER_UNCHANGED');
  });

  it('is accepted only by the side that did not offer it', () => {
    spec.given(pending).when(agreeAmendment()).thenThrows('CANNOT_ACCEPT_OWN_OFFER');
  });

  it('is refused to a director invited by someone who made an offer on the deal', () => {
    const command = agreeAmendment(undefined, { metadata: invitedBy(consultantId, 'Casey Consultant') });
    command.data = { ...command.data, offerAuthorIds: [consultantId] };
    spec.given(pending).when(command).thenThrows('APPROVER_INVITED_BY_PROPOSER', 'FORBIDDEN');
  });

  it('refuses the plain-deal commands', () => {
    spec
      .given(pending)
      .when(counter(middle, why, { metadata: director }))
      .thenThrows('DEAL_TERMS_FROZEN');
  });

  it('once agreed, puts the new terms in force and frees what they release no longer', () => {
    spec
      .given(pending)
      .when(agreeAmendment(undefined, { metadata: director }))
      .then([amendmentAgreed(fewer)]);
    const after = [...pending, amendmentAgreed(fewer)];
    expect(fold(fteDealsDecider, after).deals[dealA]).toMatchObject({ status: 'agreed', agreedTerms: fewer, currentOffer: null, version: 4, rounds: 2 });
    spec
      .given(after)
      .when(propose(freed, {}, dealB))
      .then([proposed(freed, dealB)]);
    spec
      .given(after)
      .when(proposeAmendment(terms(), 'Back to 0.8.'))
      .then([amendmentProposed(terms(), 'Back to 0.8.')]);
  });

  it('once rejected, leaves the old terms in force', () => {
    spec
      .given(pending)
      .when(rejectAmendment('We need the 0.8.', { metadata: director }))
      .then([amendmentRejected('We need the 0.8.')]);
    const after = [...pending, amendmentRejected('We need the 0.8.')];
    expect(fold(fteDealsDecider, after).deals[dealA]).toMatchObject({ status: 'agreed', agreedTerms: terms(), currentOffer: null });
    spec
      .given(after)
      .when(propose(freed, {}, dealB))
      .thenThrows('POST_ALREADY_PROMISED');
    spec
      .given(after)
      .when(agreeAmendment(undefined, { metadata: director }))
      .thenThrows('NO_AMENDMENT_PROPOSED');
  });

  it('may be dropped by the side that proposed it, with a reason', () => {
    spec
      .given(pending)
      .when(rejectAmendment('Raised in error.'))
      .then([amendmentRejected('Raised in error.', bySide.programme)]);
    spec.given(pending).when(rejectAmendment(' ')).thenThrows('TEXT_REQUIRED');
  });

  it('is refused when the deal changed meanwhile', () => {
    spec
      .given(pending)
      .when(agreeAmendment(undefined, { metadata: director, expectedVersion: 2 }))
      .thenThrows('STALE_DEAL', 'CONFLICT');
  });
});

describe('when no amendment is on the table', () => {
  it('has nothing to counter, agree or reject', () => {
    spec
      .given(inForce)
      .when(counterAmendment(fewer, why, { metadata: director }))
      .thenThrows('NO_AMENDMENT_PROPOSED');
    spec
      .given(inForce)
      .when(agreeAmendment(undefined, { metadata: director }))
      .thenThrows('NO_AMENDMENT_PROPOSED');
    spec
      .given(inForce)
      .when(rejectAmendment(why, { metadata: director }))
      .thenThrows('NO_AMENDMENT_PROPOSED');
    spec
      .given([proposed()])
      .when(agreeAmendment(undefined, { metadata: director }))
      .thenThrows('DEAL_NOT_AGREED');
  });
});

import { fold } from '../shared/decider';
import { deciderSpec } from '../testing';
import { fteDealsDecider } from './fte-deals-decider';
import {
  agree,
  agreed,
  consultantId,
  counter,
  countered,
  dealA,
  dealB,
  director,
  libraries,
  propose,
  proposed,
  reject,
  rejected,
  smaller,
  terms,
  invitedBy,
  withdraw,
  withdrawn,
} from './spec-fixtures';

const spec = deciderSpec(fteDealsDecider);
const why = 'Only 0.6 of the post is contract work after phase 2.';

describe('when the programme side proposes a deal', () => {
  it('records the terms, trimmed, proposed by the programme side', () => {
    spec
      .given([])
      .when(propose(terms({ rationale: '  Contract monitoring moves to the central team. ' })))
      .then([proposed()]);
  });

  it('opens one deal per dealId in the stream', () => {
    spec
      .given([proposed()])
      .when(propose(terms(), {}, dealA))
      .thenThrows('DEAL_ALREADY_EXISTS', 'CONFLICT');
    spec
      .given([proposed(smaller())])
      .when(propose(terms({ sourcePosts: [{ postId: 'post-2', fte: 600 }] }), {}, dealB))
      .then([proposed(terms({ sourcePosts: [{ postId: 'post-2', fte: 600 }] }), dealB)]);
  });

  it('keeps the stream to one service', () => {
    const elsewhere = propose(terms(), {}, dealB);
    elsewhere.data.serviceId = libraries;
    spec.given([proposed()]).when(elsewhere).thenThrows('SERVICE_MISMATCH');
  });
});

describe('when countered by the service director', () => {
  it('records the counter-offer, the reason and the side', () => {
    spec
      .given([proposed()])
      .when(counter(smaller(), why, { metadata: director }))
      .then([countered(smaller(), why)]);
  });

  it('lets the sides counter in turn any number of rounds, then agree the latest offer', () => {
    const middle = terms({ sourcePosts: [{ postId: 'post-1', fte: 700 }], budget: [{ financialYear: '2026/27', pence: 3_605_000 }] });
    const history = [proposed(), countered(smaller(), why), countered(middle, 'Meet in the middle.', { side: 'programme', onBehalfOfService: false })];
    spec
      .given(history)
      .when(agree('Fair.', { metadata: director }))
      .then([agreed(middle, 'programme', undefined, 'Fair.')]);
    const deal = fold(fteDealsDecider, [...history, agreed(middle)]).deals[dealA];
    expect(deal).toMatchObject({ status: 'agreed', rounds: 3, version: 4, agreedTerms: middle, currentOffer: null });
  });

  it('cannot be countered again by the same side: the offer awaits the programme side', () => {
    spec
      .given([proposed(), countered(smaller(), why)])
      .when(counter(terms(), why, { metadata: director }))
      .thenThrows('OFFER_AWAITS_OTHER_SIDE');
    spec.given([proposed()]).when(counter(smaller(), why)).thenThrows('OFFER_AWAITS_OTHER_SIDE');
  });

  it('needs a reason and a change to the offer', () => {
    spec
      .given([proposed()])
      .when(counter(smaller(), ' ', { metadata: director }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([proposed()])
      .when(counter(terms(), why, { metadata: director }))
      .thenThrows('OFFER_UNCHANGED');
  });

  it('can be agreed by the programme side', () => {
    spec
      .given([proposed(), countered(smaller(), why)])
      .when(agree())
      .then([agreed(smaller(), 'service', { side: 'programme', onBehalfOfService: false })]);
  });
});

describe('when agreed', () => {
  it('is accepted by the side that did not make the latest offer, copying the terms', () => {
    spec
      .given([proposed()])
      .when(agree(undefined, { metadata: director }))
      .then([agreed(terms())]);
  });

  it('cannot be accepted by the side that made the offer', () => {
    spec.given([proposed()]).when(agree()).thenThrows('CANNOT_ACCEPT_OWN_OFFER');
    spec
      .given([proposed(), countered(smaller(), why)])
      .when(agree(undefined, { metadata: director }))
      .thenThrows('CANNOT_ACCEPT_OWN_OFFER');
  });

  it('is refused to a director invited by someone who made an offer on the deal, and allowed to one invited by another', () => {
    const fromProposer = { ...agree(undefined, { metadata: invitedBy(consultantId, 'Casey Consultant') }) };
    fromProposer.data = { ...fromProposer.data, offerAuthorIds: [consultantId] };
    spec.given([proposed()]).when(fromProposer).thenThrows('APPROVER_INVITED_BY_PROPOSER', 'FORBIDDEN');
    const fromAdmin = { ...fromProposer, metadata: invitedBy('0190a000-0000-7000-8000-0000000000a9', 'Ada Admin') };
    spec
      .given([proposed()])
      .when(fromAdmin)
      .then([agreed(terms())]);
  });

  it('freezes the terms: counter, agree, reject and withdraw are refused in favour of an amendment', () => {
    const given = [proposed(), agreed(terms())];
    for (const command of [counter(smaller(), why, { metadata: director }), agree(undefined, { metadata: director }), reject(why), withdraw(why)]) {
      const error = spec.given(given).when(command).thenThrows('DEAL_TERMS_FROZEN');
      expect(error.message).toContain('propose an amendment');
    }
  });
});

describe('when rejected', () => {
  it('may be rejected by either side, with a reason', () => {
    spec
      .given([proposed()])
      .when(reject(why, { metadata: director }))
      .then([rejected(why)]);
    spec
      .given([proposed(), countered(smaller(), why)])
      .when(reject('Too little.'))
      .then([rejected('Too little.', { side: 'programme', onBehalfOfService: false })]);
    spec
      .given([proposed()])
      .when(reject('', { metadata: director }))
      .thenThrows('TEXT_REQUIRED');
  });

  it('is closed to every further action', () => {
    const given = [proposed(), rejected(why)];
    spec
      .given(given)
      .when(counter(smaller(), why, { metadata: director }))
      .thenThrows('DEAL_CLOSED');
    spec
      .given(given)
      .when(agree(undefined, { metadata: director }))
      .thenThrows('DEAL_CLOSED');
    spec.given(given).when(withdraw(why)).thenThrows('DEAL_CLOSED');
  });
});

describe('when withdrawn', () => {
  it('is withdrawn by the programme side with a reason', () => {
    spec
      .given([proposed(), countered(smaller(), why)])
      .when(withdraw('The service is being outsourced.'))
      .then([withdrawn('The service is being outsourced.')]);
    spec.given([proposed()]).when(withdraw('  ')).thenThrows('TEXT_REQUIRED');
  });

  it('refuses a counter, an agreement or a rejection', () => {
    const given = [proposed(), withdrawn('Outsourced.')];
    const error = spec
      .given(given)
      .when(counter(smaller(), why, { metadata: director }))
      .thenThrows('DEAL_CLOSED');
    expect(error.message).toBe('This deal was withdrawn and is closed; propose a new deal instead.');
    spec
      .given(given)
      .when(agree(undefined, { metadata: director }))
      .thenThrows('DEAL_CLOSED');
    spec
      .given(given)
      .when(reject(why, { metadata: director }))
      .thenThrows('DEAL_CLOSED');
  });
});

describe('when the deal is unknown or changed meanwhile', () => {
  it('is not found', () => {
    spec
      .given([])
      .when(agree(undefined, { metadata: director }))
      .thenThrows('DEAL_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([proposed()])
      .when(counter(smaller(), why, { metadata: director }, dealB))
      .thenThrows('DEAL_NOT_FOUND', 'NOT_FOUND');
  });

  it('refuses a command made against an older version of the deal', () => {
    const given = [proposed(), countered(smaller(), why)];
    const error = spec
      .given(given)
      .when(agree(undefined, { expectedVersion: 1 }))
      .thenThrows('STALE_DEAL', 'CONFLICT');
    expect(error.message).toBe('Someone else changed this deal while you were looking at it. Reload to see their change.');
    expect(error.details).toEqual({ dealId: dealA, expectedVersion: 1, version: 2 });
    spec
      .given(given)
      .when(agree(undefined, { expectedVersion: 2 }))
      .then([agreed(smaller(), 'service', { side: 'programme', onBehalfOfService: false })]);
    spec
      .given(given)
      .when(withdraw(why, { expectedVersion: 3 }))
      .thenThrows('STALE_DEAL');
  });

  it('counts versions per deal, not per stream', () => {
    const given = [
      proposed(smaller()),
      proposed(terms({ sourcePosts: [{ postId: 'post-2', fte: 100 }] }), dealB),
      countered(terms({ sourcePosts: [{ postId: 'post-2', fte: 50 }] }), why, undefined, dealB),
    ];
    spec
      .given(given)
      .when(agree(undefined, { metadata: director, expectedVersion: 1 }))
      .then([agreed(smaller())]);
  });

  it('checks the stream is for the service named', () => {
    const wrong = agree(undefined, { metadata: director, actorServiceId: libraries });
    wrong.data.serviceId = libraries;
    spec.given([proposed()]).when(wrong).thenThrows('SERVICE_MISMATCH');
  });
});

import type { Role } from '../shared/decider';
import { deciderSpec } from '../testing';
import { fteDealsDecider } from './fte-deals-decider';
import {
  agree,
  agreed,
  agreeAmendment,
  amendmentProposed,
  as,
  bySide,
  counter,
  countered,
  director,
  libraries,
  propose,
  proposed,
  proposeAmendment,
  reject,
  rejected,
  smaller,
  terms,
  withdraw,
} from './spec-fixtures';

const spec = deciderSpec(fteDealsDecider);
const why = 'Only 0.6 of the post is contract work.';
const admin = as('tenant_admin', 'Ada Admin');

describe('when the programme side acts', () => {
  it('may be a consultant or a tenant admin', () => {
    spec
      .given([])
      .when(propose(terms(), { metadata: admin }))
      .then([proposed()]);
    spec
      .given([proposed(), countered(smaller(), why)])
      .when(agree(undefined, { metadata: admin }))
      .then([agreed(smaller(), 'service', bySide.programme)]);
  });

  it('alone may propose or withdraw a deal', () => {
    spec
      .given([])
      .when(propose(terms(), { metadata: director }))
      .thenThrows('PROGRAMME_SIDE_ONLY', 'FORBIDDEN');
    spec
      .given([proposed()])
      .when(withdraw(why, { metadata: director }))
      .thenThrows('PROGRAMME_SIDE_ONLY', 'FORBIDDEN');
  });
});

describe('when the service director acts', () => {
  it('acts for the service', () => {
    spec
      .given([proposed()])
      .when(reject(why, { metadata: director }))
      .then([rejected(why)]);
  });

  it('cannot act on a deal with another service', () => {
    spec
      .given([proposed()])
      .when(agree(undefined, { metadata: director, actorServiceId: libraries }))
      .thenThrows('NOT_YOUR_SERVICE', 'FORBIDDEN');
    spec
      .given([proposed()])
      .when(counter(smaller(), why, { metadata: director, actorServiceId: libraries }))
      .thenThrows('NOT_YOUR_SERVICE');
    spec
      .given([proposed()])
      .when(agree(undefined, { metadata: director, actorServiceId: null }))
      .thenThrows('NOT_YOUR_SERVICE');
    spec
      .given([])
      .when(propose(terms(), { metadata: director, actorServiceId: libraries }))
      .thenThrows('NOT_YOUR_SERVICE');
  });

  it('speaks as the director even when the command says "on behalf of the service"', () => {
    spec
      .given([proposed()])
      .when(agree(undefined, { metadata: director, onBehalfOfService: true }))
      .then([agreed(terms())]);
  });
});

describe('when a consultant acts on the director\u2019s behalf', () => {
  it('agrees for the service side, and the agreement records it', () => {
    spec
      .given([proposed()])
      .when(agree('Agreed with Dana by phone on 3 March.', { onBehalfOfService: true }))
      .then([agreed(terms(), 'programme', bySide.onBehalf, 'Agreed with Dana by phone on 3 March.')]);
  });

  it('counters and rejects for the service side, recorded as such', () => {
    spec
      .given([proposed()])
      .when(counter(smaller(), why, { onBehalfOfService: true }))
      .then([countered(smaller(), why, bySide.onBehalf)]);
    spec
      .given([proposed()])
      .when(reject(why, { onBehalfOfService: true }))
      .then([rejected(why, bySide.onBehalf)]);
  });

  it('still cannot accept the programme side\u2019s offer once it has countered for the service', () => {
    spec
      .given([proposed(), countered(smaller(), why, bySide.onBehalf)])
      .when(agree(undefined, { onBehalfOfService: true }))
      .thenThrows('CANNOT_ACCEPT_OWN_OFFER');
  });

  it('proposes and agrees amendments for the service side', () => {
    const fewer = smaller({ rationale: 'Phase 3 keeps 0.2 in the service.' });
    spec
      .given([proposed(), agreed(terms())])
      .when(proposeAmendment(fewer, why, { onBehalfOfService: true }))
      .then([amendmentProposed(fewer, why, bySide.onBehalf)]);
    spec
      .given([proposed(), agreed(terms()), amendmentProposed(fewer, why)])
      .when(agreeAmendment(undefined, { onBehalfOfService: true }))
      .then([
        {
          type: 'FteDealAmendmentAgreed',
          data: { dealId: proposed().data.dealId, terms: fewer, offeredBy: 'programme', acceptedBy: 'service', onBehalfOfService: true, reason: null },
        },
      ]);
  });
});

describe('when anyone else acts', () => {
  it.each<Role>(['auditor', 'hr_partner', 'finance_partner', 'da_member', 'interim_service_manager'])('refuses a %s', (role) => {
    spec
      .given([proposed()])
      .when(agree(undefined, { metadata: as(role) }))
      .thenThrows('DEAL_ACTION_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given([])
      .when(propose(terms(), { metadata: as(role) }))
      .thenThrows('DEAL_ACTION_NOT_ALLOWED', 'FORBIDDEN');
  });
});

import type { Role } from '../shared/decider';
import { deciderSpec } from '../testing';
import type { AddDealNote, DealNoteAdded } from './index';
import { fteDealsDecider } from './fte-deals-decider';
import { MAX_DEAL_NOTE } from './notes';
import { as, consultant, counter, dealA, dealB, director, highways, libraries, proposed, smaller, withdrawn, type Who } from './spec-fixtures';

const spec = deciderSpec(fteDealsDecider);
const verbal = 'Director agreed verbally on 3 Dec; written confirmation to follow.';

const note = (text: string, { metadata = consultant, actorServiceId }: Who = {}, dealId = dealA): AddDealNote => ({
  type: 'AddDealNote',
  data: { dealId, serviceId: highways, text, actorServiceId: actorServiceId ?? (metadata.actor.role === 'service_director' ? highways : null) },
  metadata,
});
const noted = (text: string, dealId = dealA): DealNoteAdded => ({ type: 'DealNoteAdded', data: { dealId, text } });

describe('when someone who may act on a deal adds a note', () => {
  it('records the note, trimmed, for a consultant, a tenant admin or the service director', () => {
    for (const metadata of [consultant, as('tenant_admin', 'Ada Admin'), director]) {
      spec
        .given([proposed()])
        .when(note(`  ${verbal}\n`, { metadata }))
        .then([noted(verbal)]);
    }
  });

  it('takes notes on a closed deal too: why it closed is worth recording afterwards', () => {
    spec
      .given([proposed(), withdrawn('Outsourced.')])
      .when(note('The outsourcing contract was signed on 2 Dec.'))
      .then([noted('The outsourcing contract was signed on 2 Dec.')]);
  });

  it('does not make the offer on the table stale: the deal keeps its version', () => {
    spec
      .given([proposed(), noted(verbal)])
      .when(counter(smaller(), 'Winter gritting.', { metadata: director, expectedVersion: 1 }))
      .then([{ type: 'FteDealCountered', data: { dealId: dealA, terms: smaller(), reason: 'Winter gritting.', side: 'service', onBehalfOfService: false } }]);
  });

  it('accepts exactly the limit and refuses one character more, and an empty note', () => {
    const longest = 'x'.repeat(MAX_DEAL_NOTE);
    spec
      .given([proposed()])
      .when(note(longest))
      .then([noted(longest)]);
    const tooLong = spec
      .given([proposed()])
      .when(note(`${longest}x`))
      .thenThrows('TEXT_TOO_LONG', 'BAD_USER_INPUT');
    expect(tooLong.message).toBe('Note is too long: it has 2001 characters and the limit is 2000.');
    spec.given([proposed()]).when(note('   ')).thenThrows('TEXT_REQUIRED', 'BAD_USER_INPUT');
  });

  it('refuses a deal that was never proposed in this stream', () => {
    spec
      .given([proposed()])
      .when(note(verbal, {}, dealB))
      .thenThrows('DEAL_NOT_FOUND', 'NOT_FOUND');
  });

  it('refuses roles that may not act on deals, and a director of another service', () => {
    for (const role of ['auditor', 'hr_partner', 'finance_partner', 'da_member', 'interim_service_manager'] satisfies Role[]) {
      spec
        .given([proposed()])
        .when(note(verbal, { metadata: as(role) }))
        .thenThrows('DEAL_ACTION_NOT_ALLOWED', 'FORBIDDEN');
    }
    spec
      .given([proposed()])
      .when(note(verbal, { metadata: director, actorServiceId: libraries }))
      .thenThrows('NOT_YOUR_SERVICE', 'FORBIDDEN');
  });
});

import { fold } from '../shared/decider';
import { deciderSpec } from '../testing';
import { fteDealsDecider } from './fte-deals-decider';
import { fteHeldBy } from './promises';
import {
  agree,
  agreed,
  amendmentProposed,
  counter,
  countered,
  dealA,
  dealB,
  director,
  propose,
  proposed,
  proposeAmendment,
  rejected,
  terms,
  withdrawn,
} from './spec-fixtures';
import type { DealTerms } from './terms';

const spec = deciderSpec(fteDealsDecider);
const from = (...posts: [string, number][]): DealTerms => terms({ sourcePosts: posts.map(([postId, fte]) => ({ postId, fte })) });
const why = 'Redesign phase 3.';

describe('when a deal would release more than its source posts hold', () => {
  it('refuses more than the post is, naming the post', () => {
    const error = spec
      .given([])
      .when(propose(from(['post-2', 601])))
      .thenThrows('OVER_RELEASE');
    expect(error.message).toBe('Post HWY-0031 is 0.600 FTE, so this deal cannot release 0.601 FTE from it; release at most 0.600 FTE.');
    spec
      .given([])
      .when(propose(from(['post-2', 600])))
      .then([proposed(from(['post-2', 600]))]);
  });

  it('checks counters and amendments too', () => {
    spec
      .given([proposed()])
      .when(counter(from(['post-1', 1001]), why, { metadata: director }))
      .thenThrows('OVER_RELEASE');
    spec
      .given([proposed(), agreed(terms())])
      .when(proposeAmendment(from(['post-1', 1200]), why))
      .thenThrows('OVER_RELEASE');
  });

  it('refuses a post that is not one of the service\u2019s posts now', () => {
    const error = spec
      .given([])
      .when(propose(from(['post-1', 100], ['lib-7', 100])))
      .thenThrows('POST_NOT_IN_SERVICE');
    expect(error.message).toContain('Post lib-7 is not one of this service');
  });
});

describe('when the same fraction of a post is promised in two live deals', () => {
  const firstDeal = [proposed(from(['post-1', 600]))];

  it('refuses the second deal, saying how much is promised and where', () => {
    const error = spec
      .given(firstDeal)
      .when(propose(from(['post-1', 500]), {}, dealB))
      .thenThrows('POST_ALREADY_PROMISED');
    expect(error.message).toBe(
      `Post HWY-0012 is 1.000 FTE and 0.600 FTE of it is already promised in deal ${dealA} (Highways restructure phase 2). ` +
        'This deal can release at most 0.400 FTE from it, not 0.500 FTE.',
    );
    expect(error.details).toMatchObject({ postId: 'post-1', alreadyPromised: 600, dealIds: [dealA] });
    spec
      .given(firstDeal)
      .when(propose(from(['post-1', 400]), {}, dealB))
      .then([proposed(from(['post-1', 400]), dealB)]);
  });

  it('counts offers, counter-offers and agreed terms alike', () => {
    spec
      .given([...firstDeal, countered(from(['post-1', 700]), why)])
      .when(propose(from(['post-1', 400]), {}, dealB))
      .thenThrows('POST_ALREADY_PROMISED');
    spec
      .given([...firstDeal, agreed(from(['post-1', 600]))])
      .when(propose(from(['post-1', 401]), {}, dealB))
      .thenThrows('POST_ALREADY_PROMISED');
  });

  it('checks a counter-offer against the other deals but not against its own deal', () => {
    const two = [...firstDeal, proposed(from(['post-1', 300]), dealB)];
    spec
      .given(two)
      .when(counter(from(['post-1', 701]), why, { metadata: director }))
      .thenThrows('POST_ALREADY_PROMISED');
    spec
      .given(two)
      .when(counter(from(['post-1', 700]), why, { metadata: director }))
      .then([countered(from(['post-1', 700]), why)]);
    spec
      .given(two)
      .when(counter(from(['post-1', 401]), why, { metadata: director }, dealB))
      .thenThrows('POST_ALREADY_PROMISED');
    spec
      .given(two)
      .when(counter(from(['post-1', 400]), why, { metadata: director }, dealB))
      .then([countered(from(['post-1', 400]), why, undefined, dealB)]);
  });

  it('names every deal holding the post', () => {
    const two = [proposed(from(['post-1', 300])), proposed(from(['post-1', 200]), dealB)];
    const error = spec
      .given(two)
      .when(propose(from(['post-1', 600]), {}, 'c0ffee00-0000-7000-8000-000000000003'))
      .thenThrows('POST_ALREADY_PROMISED');
    expect(error.message).toContain(
      `0.500 FTE of it is already promised: 0.300 FTE in deal ${dealA} (Highways restructure phase 2) and 0.200 FTE in deal ${dealB}`,
    );
  });

  it('no longer counts a deal once it is rejected or withdrawn', () => {
    spec
      .given([...firstDeal, rejected(why)])
      .when(propose(from(['post-1', 1000]), {}, dealB))
      .then([proposed(from(['post-1', 1000]), dealB)]);
    spec
      .given([...firstDeal, withdrawn(why)])
      .when(propose(from(['post-1', 1000]), {}, dealB))
      .then([proposed(from(['post-1', 1000]), dealB)]);
  });

  it('holds the larger of the agreed and the amended terms while an amendment is pending', () => {
    const up = [...firstDeal, agreed(from(['post-1', 600])), amendmentProposed(from(['post-1', 800]), why)];
    spec
      .given(up)
      .when(propose(from(['post-1', 201]), {}, dealB))
      .thenThrows('POST_ALREADY_PROMISED');
    spec
      .given(up)
      .when(propose(from(['post-1', 200]), {}, dealB))
      .then([proposed(from(['post-1', 200]), dealB)]);
    const down = [...firstDeal, agreed(from(['post-1', 600])), amendmentProposed(from(['post-1', 100]), why)];
    spec
      .given(down)
      .when(propose(from(['post-1', 401]), {}, dealB))
      .thenThrows('POST_ALREADY_PROMISED');
    expect(fteHeldBy(fold(fteDealsDecider, down).deals[dealA], 'post-1')).toBe(600);
  });

  it('lets an agreement through: what it accepts was already counted when offered', () => {
    const two = [...firstDeal, proposed(from(['post-1', 400]), dealB)];
    spec
      .given(two)
      .when(agree(undefined, { metadata: director }))
      .then([agreed(from(['post-1', 600]))]);
  });
});

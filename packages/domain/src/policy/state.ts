import type { PolicyEvent } from './events';
import type { PolicyPackVersion } from './policy-pack';

// Every version ever recorded, in the order recorded; none is ever removed.
export type PolicyState = { authorityId: string | null; versions: PolicyPackVersion[] };

export const initialPolicyState: PolicyState = { authorityId: null, versions: [] };

export const evolvePolicy = (state: PolicyState, event: PolicyEvent): PolicyState => {
  switch (event.type) {
    case 'PolicyPackRecorded': {
      const { authorityId, version, effectiveFrom, pack, reason } = event.data;
      return { authorityId, versions: [...state.versions, { version, effectiveFrom, pack, reason }] };
    }
    default:
      return state;
  }
};

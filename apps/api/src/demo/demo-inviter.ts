import type { Sponsor } from '@orgledger/domain';
import { derivedUuid } from '../platform/ids';

// The demo's council users are invited by its tenant admin; their decisions carry that, as in the product.
export const DEMO_INVITER: Sponsor = { userId: derivedUuid(derivedUuid('orgledger-demo', 'user:admin@meridian.example'), 'user'), displayName: 'Priya Shah' };

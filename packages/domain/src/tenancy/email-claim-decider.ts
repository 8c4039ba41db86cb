import type { Decider } from '../shared/decider';
import { conflict } from './errors';
import { requireEmail } from '../shared/values';
import type { ClaimEmail, EmailClaimCommand } from './commands';
import type { EmailClaimEvent } from './events';
import { evolveEmailClaim, initialEmailClaimState, type EmailClaimState } from './state';

// One stream per address keeps emails unique across every tenant.
const claimEmail = ({ data, metadata }: ClaimEmail, state: EmailClaimState): EmailClaimEvent[] => {
  const email = requireEmail(data.email);
  if (state.status === 'claimed') {
    // The same user claiming again (a retried registration) is a no-op rather than an error.
    if (state.tenantId === metadata.tenantId && state.userId === data.userId) return [];
    // Says nothing about who holds it: the holder may be in another tenant.
    throw conflict('EMAIL_ALREADY_REGISTERED', 'This email address is already registered: use a different address.', {
      email,
    });
  }
  return [{ type: 'EmailClaimed', data: { email, tenantId: metadata.tenantId, userId: data.userId } }];
};

export const decideEmailClaim = (command: EmailClaimCommand, state: EmailClaimState): EmailClaimEvent[] => {
  switch (command.type) {
    case 'ClaimEmail':
      return claimEmail(command, state);
    default: {
      const unknown: never = command.type;
      throw new Error(`Unknown email claim command ${unknown}`);
    }
  }
};

export const emailClaimDecider: Decider<EmailClaimCommand, EmailClaimEvent, EmailClaimState> = {
  decide: decideEmailClaim,
  evolve: evolveEmailClaim,
  initialState: initialEmailClaimState,
};

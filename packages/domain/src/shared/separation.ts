import type { CommandMetadata } from './decider';
import { DomainError } from './errors';

// Separation of duties: an account may not approve what the person who created or invited it
// proposed, or a consultant could approve their own work through an account they made.
// `authorIds` are the users who made the proposal, read by the API from the stream's history.
export const requireNotSponsoredByAuthor = <C extends string>(
  metadata: CommandMetadata,
  authorIds: readonly string[] | undefined,
  code: C, // the calling context's own code
  what: string,
): void => {
  const sponsor = metadata.actor.invitedBy;
  if (!sponsor || !authorIds?.includes(sponsor.userId)) return;
  throw new DomainError(
    code,
    `You cannot approve ${what}: ${sponsor.displayName} proposed it and also created or invited your account. ` +
      'Ask another council approver, or have a different colleague invite you.',
    'FORBIDDEN',
    { invitedBy: sponsor.userId },
  );
};

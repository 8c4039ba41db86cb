import type { Decider } from '../shared/decider';
import { invalid } from './errors';
import type { CredentialCommand, SetPassword } from './commands';
import type { CredentialEvent } from './events';
import { evolveCredential, initialCredentialState, type CredentialState } from './state';

// The API hashes first; this stream only records that a (new) hash now applies.
const setPassword = ({ data }: SetPassword): CredentialEvent => {
  if (typeof data.passwordHash !== 'string' || data.passwordHash.trim() === '' || data.passwordHash.length > 1024) {
    throw invalid('PASSWORD_HASH_REQUIRED', 'A password hash of 1 to 1024 characters is required.', { userId: data.userId });
  }
  return { type: 'PasswordSet', data: { userId: data.userId, passwordHash: data.passwordHash } };
};

export const decideCredential = (command: CredentialCommand, _state: CredentialState): CredentialEvent[] => {
  switch (command.type) {
    case 'SetPassword':
      return [setPassword(command)];
    default: {
      const unknown: never = command.type;
      throw new Error(`Unknown credential command ${unknown}`);
    }
  }
};

export const credentialDecider: Decider<CredentialCommand, CredentialEvent, CredentialState> = {
  decide: decideCredential,
  evolve: evolveCredential,
  initialState: initialCredentialState,
};

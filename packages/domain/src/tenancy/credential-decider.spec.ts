import { deciderSpec, meta } from '../testing';
import type { SetPassword } from './commands';
import { credentialDecider } from './credential-decider';
import type { PasswordSet } from './events';

const spec = deciderSpec(credentialDecider);
const userId = '0190a000-0000-7000-8000-000000000e01';
const hash = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA';
const setPassword = (passwordHash: string): SetPassword => ({ type: 'SetPassword', data: { userId, passwordHash }, metadata: meta() });
const passwordSet = (passwordHash: string): PasswordSet => ({ type: 'PasswordSet', data: { userId, passwordHash } });

describe('when no password has been set', () => {
  it('records the hash exactly as given', () => {
    spec
      .given([])
      .when(setPassword(hash))
      .then([passwordSet(hash)]);
  });

  it('requires a hash', () => {
    spec.given([]).when(setPassword(' ')).thenThrows('PASSWORD_HASH_REQUIRED');
    spec
      .given([])
      .when(setPassword('x'.repeat(1025)))
      .thenThrows('PASSWORD_HASH_REQUIRED');
  });
});

describe('when a password is already set', () => {
  it('replaces it with the new hash', () => {
    spec
      .given([passwordSet(hash)])
      .when(setPassword(`${hash}2`))
      .then([passwordSet(`${hash}2`)]);
  });
});

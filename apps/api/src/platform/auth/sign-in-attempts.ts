// Sign-in attempts, as every replica sees them: an attempt is reserved (counted as pending) before
// its password is hashed, and settled after. The rules are the domain's (sign-in-throttle.ts); the
// counters live in a KeyStateStore shared by all replicas; the scrypt gate is per process.
import { Logger } from '@nestjs/common';
import {
  DEFAULT_SIGN_IN_LIMITS,
  DomainError,
  clearEmail,
  emailStatus,
  emptySignInKeyState,
  releaseKey,
  reserveAddress,
  reserveEmail,
  settleAddress,
  settleEmail,
  type KeyDecision,
  type SignInKeyState,
  type SignInLimits,
  type SignInRefusal,
} from '@orgledger/domain';
import type { KeyStateStore } from '@orgledger/event-store';
import { uuidv7 } from '../ids';
import type { ScryptGate } from './scrypt-gate';

export type SignInAttempt = { settle(ok: boolean): Promise<void> };

export type SignInAttempts = {
  // Throws TOO_MANY_ATTEMPTS (with retryAfterSeconds) or returns the attempt to settle after the check.
  reserve(email: string, address: string): Promise<SignInAttempt>;
  clear(email: string): Promise<void>;
  status(email: string): Promise<{ failures: number; retryAfterSeconds: number }>;
  close(): Promise<void>;
};

const log = new Logger('SignIn');
const emailKey = (email: string) => `email:${email}`;
const addressKey = (address: string) => `address:${address}`;

const MESSAGES: Record<SignInRefusal['rule'] | 'BUSY', string> = {
  EMAIL_IN_FLIGHT: 'Another sign-in for this email is being checked.',
  EMAIL_DELAY: 'Too many failed sign-ins for this email.',
  ADDRESS_IN_FLIGHT: 'Another sign-in from your network is being checked.',
  ADDRESS_LIMIT: 'Too many failed sign-ins from your network.',
  BUSY: 'The service is checking many sign-ins at once.',
};

const wait = (ms: number) => {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
};

// One answer per rule, the same for a known and an unknown email: nothing to enumerate.
export const tooManyAttempts = (rule: SignInRefusal['rule'] | 'BUSY', retryAfterMs: number) =>
  new DomainError('TOO_MANY_ATTEMPTS', `${MESSAGES[rule]} Try again in ${wait(retryAfterMs)}.`, 'UNAUTHENTICATED', {
    rule,
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
  });

// Runs one key's rule inside the store's atomic update; a refusal writes nothing.
const decideOn = (keys: KeyStateStore, key: string, rule: (s: SignInKeyState) => KeyDecision) =>
  keys.update(key, (current: SignInKeyState | null) => {
    const decision = rule(current ?? emptySignInKeyState());
    return decision.ok ? { next: decision.next, result: null } : { result: decision.refusal };
  });

// What the rule would say now, without writing: a cheap first answer for the bulk of a burst.
const refusal = async (keys: KeyStateStore, key: string, rule: (s: SignInKeyState) => KeyDecision): Promise<SignInRefusal | null> => {
  const decision = rule((await keys.read<SignInKeyState>(key)) ?? emptySignInKeyState());
  return decision.ok ? null : decision.refusal;
};

const change = (keys: KeyStateStore, key: string, fn: (s: SignInKeyState) => SignInKeyState) =>
  keys.update(key, (current: SignInKeyState | null) => ({ next: fn(current ?? emptySignInKeyState()), result: null }));

export const createSignInAttempts = (keys: KeyStateStore, gate: ScryptGate, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): SignInAttempts => {
  const local = new Set<string>(); // keys of the checks running in this process
  return {
    reserve: async (email, address) => {
      // shed at once when the process is already hashing its fill, before any store round trip
      if (gate.active >= gate.max) throw tooManyAttempts('BUSY', 1000);
      // a check this process is running already holds the shared reservation: refuse without I/O
      if (local.has(emailKey(email))) throw tooManyAttempts('EMAIL_IN_FLIGHT', 1000);
      if (local.has(addressKey(address))) throw tooManyAttempts('ADDRESS_IN_FLIGHT', 1000);
      // the reservation every replica sees; resolves to this process's scrypt permit
      const reserveShared = async (id: string): Promise<() => void> => {
        const now = Date.now();
        // most of a burst is refused here, by reads alone; the reservations below decide atomically
        const early =
          (await refusal(keys, emailKey(email), (s) => reserveEmail(s, id, now, limits))) ??
          (await refusal(keys, addressKey(address), (s) => reserveAddress(s, id, now, limits)));
        if (early) throw tooManyAttempts(early.rule, early.retryAfterMs);
        const byEmail = await decideOn(keys, emailKey(email), (s) => reserveEmail(s, id, now, limits));
        if (byEmail) throw tooManyAttempts(byEmail.rule, byEmail.retryAfterMs);
        const byAddress = await decideOn(keys, addressKey(address), (s) => reserveAddress(s, id, now, limits));
        // two keys cannot change in one atomic step on KurrentDB: a refused reservation gives back what it took
        const giveBack = async (withAddress: boolean) => {
          await change(keys, emailKey(email), (s) => releaseKey(s, id));
          if (withAddress) await change(keys, addressKey(address), (s) => releaseKey(s, id));
        };
        if (byAddress) {
          await giveBack(false);
          throw tooManyAttempts(byAddress.rule, byAddress.retryAfterMs);
        }
        // the permit is taken only by an attempt that passed both keys: a burst on one email or one
        // address holds at most one, so other users' sign-ins still find one free
        const permit = gate.tryAcquire();
        if (!permit) {
          await giveBack(true);
          throw tooManyAttempts('BUSY', 1000);
        }
        return permit;
      };
      // held from here, before the first await: the rest of a burst that arrives while the shared
      // reservation is being made is refused by this process without a store round trip
      local.add(emailKey(email)).add(addressKey(address));
      const unhold = () => {
        local.delete(emailKey(email));
        local.delete(addressKey(address));
      };
      let permit: () => void;
      const id = uuidv7();
      try {
        permit = await reserveShared(id);
      } catch (error) {
        unhold();
        throw error;
      }
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        permit();
        unhold();
      };
      return {
        settle: async (ok) => {
          release(); // the hashing is done
          const now = Date.now();
          // counted by the reliability suite: one line per password check that ran; no email, no address
          log.log({ msg: 'sign-in password checked', outcome: ok ? 'ok' : 'failed' });
          await change(keys, emailKey(email), (s) => settleEmail(s, id, ok, now));
          await change(keys, addressKey(address), (s) => settleAddress(s, id, ok, now, limits));
        },
      };
    },
    clear: async (email) => {
      await change(keys, emailKey(email), clearEmail);
    },
    status: async (email) => {
      const state = (await keys.read<SignInKeyState>(emailKey(email))) ?? emptySignInKeyState();
      const { failures, retryAfterMs } = emailStatus(state, Date.now(), limits);
      return { failures, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
    },
    close: () => keys.close(),
  };
};

// Sign-in throttle rules, pure. The store keeps one SignInKeyState per email and one per client
// address and applies these transitions atomically; the API wraps them around the password check.

export type SignInKeyState = {
  failures: number; // email: failures since the last success (drives the growing delay)
  lastFailureAt: number; // ms since the epoch; 0 = none
  recent: number[]; // address: instants of failures inside the sliding window, oldest first
  pending: { id: string; until: number } | null; // the one verification in flight, until its lease lapses
};

export type SignInLimits = {
  freeFailures: number; // failures per email before delays start
  baseDelayMs: number; // the first delay; each further failure doubles it
  maxDelayMs: number; // delays stop growing here: a cap, not a lockout
  addressFailures: number; // failures per address inside the window
  addressWindowMs: number;
  leaseMs: number; // a reservation never settled (a replica died mid-check) lapses after this
};

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  freeFailures: 5,
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60_000,
  addressFailures: 100,
  addressWindowMs: 15 * 60_000,
  leaseMs: 30_000,
};

// Which rule refused: each has its own name so a test can tell them apart.
export type SignInRule = 'EMAIL_IN_FLIGHT' | 'EMAIL_DELAY' | 'ADDRESS_IN_FLIGHT' | 'ADDRESS_LIMIT';
export type SignInRefusal = { rule: SignInRule; retryAfterMs: number };
export type KeyDecision = { ok: true; next: SignInKeyState } | { ok: false; refusal: SignInRefusal };

// How soon an in-flight check is worth retrying: scrypt takes well under a second.
const IN_FLIGHT_RETRY_MS = 1000;

export const emptySignInKeyState = (): SignInKeyState => ({ failures: 0, lastFailureAt: 0, recent: [], pending: null });

const inFlight = (state: SignInKeyState, now: number) => state.pending !== null && state.pending.until > now;
const inWindow = (state: SignInKeyState, now: number, limits: SignInLimits) => state.recent.filter((t) => now - t < limits.addressWindowMs);
const release = (state: SignInKeyState, id: string) => (state.pending?.id === id ? null : state.pending);

// 0 for the first free failures, then base, 2×base, 4×base… up to the cap.
export const emailDelayMs = (failures: number, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): number =>
  failures < limits.freeFailures ? 0 : Math.min(limits.baseDelayMs * 2 ** Math.min(failures - limits.freeFailures, 30), limits.maxDelayMs);

// One check per email at a time, and none before the delay its failures earned has passed.
export const reserveEmail = (state: SignInKeyState, id: string, now: number, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): KeyDecision => {
  if (inFlight(state, now)) return { ok: false, refusal: { rule: 'EMAIL_IN_FLIGHT', retryAfterMs: IN_FLIGHT_RETRY_MS } };
  const wait = state.lastFailureAt + emailDelayMs(state.failures, limits) - now;
  if (state.failures >= limits.freeFailures && wait > 0) return { ok: false, refusal: { rule: 'EMAIL_DELAY', retryAfterMs: wait } };
  return { ok: true, next: { ...state, pending: { id, until: now + limits.leaseMs } } };
};

// One check per address at a time, and at most addressFailures failures in the sliding window.
export const reserveAddress = (state: SignInKeyState, id: string, now: number, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): KeyDecision => {
  if (inFlight(state, now)) return { ok: false, refusal: { rule: 'ADDRESS_IN_FLIGHT', retryAfterMs: IN_FLIGHT_RETRY_MS } };
  const recent = inWindow(state, now, limits);
  if (recent.length >= limits.addressFailures) {
    const oldestCounted = recent[recent.length - limits.addressFailures];
    return { ok: false, refusal: { rule: 'ADDRESS_LIMIT', retryAfterMs: Math.max(oldestCounted + limits.addressWindowMs - now, 1) } };
  }
  return { ok: true, next: { ...state, recent, pending: { id, until: now + limits.leaseMs } } };
};

// A success resets the email's delay; a failure counts even when its lease had lapsed.
export const settleEmail = (state: SignInKeyState, id: string, ok: boolean, now: number): SignInKeyState =>
  ok
    ? { ...state, failures: 0, lastFailureAt: 0, pending: release(state, id) }
    : { ...state, failures: state.failures + 1, lastFailureAt: now, pending: release(state, id) };

// A success does not wipe the address's failures: one good password must not launder a spray.
export const settleAddress = (state: SignInKeyState, id: string, ok: boolean, now: number, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): SignInKeyState => {
  const recent = inWindow(state, now, limits);
  return { ...state, recent: ok ? recent : [...recent, now].slice(-limits.addressFailures), pending: release(state, id) };
};

// Gives back a reservation that was never used (the other key refused).
export const releaseKey = (state: SignInKeyState, id: string): SignInKeyState => ({ ...state, pending: release(state, id) });

// What a tenant admin's "clear the lock" does: the delay goes, an in-flight check is left to finish.
export const clearEmail = (state: SignInKeyState): SignInKeyState => ({ ...state, failures: 0, lastFailureAt: 0 });

export type EmailThrottleStatus = { failures: number; retryAfterMs: number };

export const emailStatus = (state: SignInKeyState, now: number, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): EmailThrottleStatus => {
  const wait = state.failures >= limits.freeFailures ? state.lastFailureAt + emailDelayMs(state.failures, limits) - now : 0;
  return { failures: state.failures, retryAfterMs: Math.max(wait, 0) };
};

import {
  DEFAULT_SIGN_IN_LIMITS as L,
  clearEmail,
  emailDelayMs,
  emailStatus,
  emptySignInKeyState,
  releaseKey,
  reserveAddress,
  reserveEmail,
  settleAddress,
  settleEmail,
  type KeyDecision,
  type SignInKeyState,
} from './sign-in-throttle';

const T0 = 1_800_000_000_000;
const next = (d: KeyDecision): SignInKeyState => {
  if (!d.ok) throw new Error(`refused by ${d.refusal.rule}`);
  return d.next;
};
// `times` failures, each after the delay the previous ones earned; the last one at T0.
const failEmail = (times: number) => {
  let s = emptySignInKeyState();
  for (let i = 0; i < times; i += 1) {
    const at = T0 - (times - 1 - i) * L.maxDelayMs;
    s = settleEmail(next(reserveEmail(s, `r${i}`, at)), `r${i}`, false, at);
  }
  return s;
};

describe('sign-in throttle rules', () => {
  it('grows the delay per email: free failures, then 1 s, 2 s, 4 s… up to the cap', () => {
    expect([0, 4, 5, 6, 7].map((f) => emailDelayMs(f))).toEqual([0, 0, 1000, 2000, 4000]);
    expect(emailDelayMs(40)).toBe(L.maxDelayMs);
  });

  it('allows one check per email at a time: a second reservation is refused until the first settles', () => {
    const held = next(reserveEmail(emptySignInKeyState(), 'a', T0));
    const second = reserveEmail(held, 'b', T0 + 10);
    expect(second).toEqual({ ok: false, refusal: { rule: 'EMAIL_IN_FLIGHT', retryAfterMs: 1000 } });
    expect(reserveEmail(settleEmail(held, 'a', false, T0 + 50), 'b', T0 + 60).ok).toBe(true);
  });

  it('lets a reservation that was never settled lapse after its lease', () => {
    const held = next(reserveEmail(emptySignInKeyState(), 'a', T0));
    expect(reserveEmail(held, 'b', T0 + L.leaseMs - 1).ok).toBe(false);
    expect(reserveEmail(held, 'b', T0 + L.leaseMs).ok).toBe(true);
  });

  it('refuses an email inside its delay, names the rule and says how long to wait; a success resets it', () => {
    const s = failEmail(6);
    expect(reserveEmail(s, 'x', T0 + 500)).toEqual({ ok: false, refusal: { rule: 'EMAIL_DELAY', retryAfterMs: 1500 } });
    const after = next(reserveEmail(s, 'x', T0 + 2000));
    expect(settleEmail(after, 'x', true, T0 + 2100)).toEqual(emptySignInKeyState());
  });

  it('a tenant admin clear removes the delay but leaves an in-flight check alone', () => {
    const held = next(reserveEmail(failEmail(9), 'x', T0 + 60_000));
    const cleared = clearEmail(held);
    expect(emailStatus(cleared, T0 + 60_001)).toEqual({ failures: 0, retryAfterMs: 0 });
    expect(cleared.pending?.id).toBe('x');
    expect(emailStatus(failEmail(9), T0)).toEqual({ failures: 9, retryAfterMs: 16_000 });
  });

  it('limits failures per address in a sliding window, one check at a time', () => {
    let s = emptySignInKeyState();
    for (let i = 0; i < L.addressFailures; i += 1) s = settleAddress(next(reserveAddress(s, `r${i}`, T0 + i)), `r${i}`, false, T0 + i);
    expect(reserveAddress(s, 'x', T0 + 1000)).toEqual({ ok: false, refusal: { rule: 'ADDRESS_LIMIT', retryAfterMs: L.addressWindowMs - 1000 } });
    // the oldest failure leaves the window: one more check is allowed
    expect(reserveAddress(s, 'x', T0 + L.addressWindowMs).ok).toBe(true);
    const held = next(reserveAddress(emptySignInKeyState(), 'a', T0));
    expect(reserveAddress(held, 'b', T0)).toEqual({ ok: false, refusal: { rule: 'ADDRESS_IN_FLIGHT', retryAfterMs: 1000 } });
  });

  it('a success from an address frees it without forgetting its failures', () => {
    const failed = settleAddress(next(reserveAddress(emptySignInKeyState(), 'a', T0)), 'a', false, T0);
    const ok = settleAddress(next(reserveAddress(failed, 'b', T0 + 1)), 'b', true, T0 + 2);
    expect(ok).toEqual({ ...emptySignInKeyState(), recent: [T0] });
  });

  it('releasing or settling another reservation id leaves the holder in place', () => {
    const held = next(reserveEmail(emptySignInKeyState(), 'a', T0));
    expect(releaseKey(held, 'b').pending?.id).toBe('a');
    expect(releaseKey(held, 'a').pending).toBeNull();
    expect(settleEmail(held, 'b', false, T0).pending?.id).toBe('a');
  });
});

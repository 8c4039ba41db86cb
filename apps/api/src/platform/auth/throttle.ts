// Failed sign-ins are counted per email and per client address in a sliding window. Past the limit
// every attempt is refused until the window passes, whether or not the email exists.
export type Throttle = ReturnType<typeof createThrottle>;

export const createThrottle = (options: { maxFailures: number; windowMs: number }) => {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < options.windowMs);
  return {
    retryAfterMs: (keys: string[], now: number): number => {
      let wait = 0;
      for (const key of keys) {
        const times = recent(key, now);
        if (times.length >= options.maxFailures) wait = Math.max(wait, times[0] + options.windowMs - now);
      }
      return wait;
    },
    fail: (keys: string[], now: number) => {
      for (const key of keys) failures.set(key, [...recent(key, now), now]);
    },
    succeed: (key: string) => failures.delete(key),
  };
};

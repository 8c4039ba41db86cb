// A process-wide cap on concurrent password checks. scrypt runs on libuv's thread pool (4 threads
// by default); left unbounded, a burst of sign-ins queues every other use of the pool behind it.
// Past the cap a check is refused at once rather than queued: queuing is what made a legitimate
// sign-in wait 11.7 s.
export type ScryptGate = { tryAcquire(): (() => void) | null; readonly active: number; readonly max: number };

export const createScryptGate = (max: number): ScryptGate => {
  let active = 0;
  return {
    tryAcquire: () => {
      if (active >= max) return null;
      active += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        active -= 1;
      };
    },
    get active() {
      return active;
    },
    max,
  };
};

// Small shared helpers: a seeded PRNG (runs are reproducible with RELIABILITY_SEED), sleeps, and
// classification of network failures.

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// mulberry32: tiny, good enough to pick delays and operations reproducibly.
export const seededRandom = (seed) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
};

export const seedFromEnv = () => {
  const fromEnv = Number(process.env.RELIABILITY_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : Math.floor(Math.random() * 2 ** 31) + 1;
};

// The innermost error code of a fetch failure (fetch wraps socket errors in TypeError.cause).
export const networkCode = (err) => {
  let e = err;
  for (let i = 0; i < 5 && e; i++) {
    if (e.code && typeof e.code === 'string') return e.code;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return e.name;
    if (Array.isArray(e.errors) && e.errors[0]) e = e.errors[0];
    else e = e.cause;
  }
  return 'UNKNOWN';
};

// A refused connection never reached the server: nothing of that request can have been applied.
export const neverReachedServer = (err) => networkCode(err) === 'ECONNREFUSED';

export const deferred = () => {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
};

// Runs fn over items with at most `limit` in flight.
export const mapLimit = async (items, limit, fn) => {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
};

// Bounds for hooks (starting an API, seeding, a CLI tenant) and for quick checks.
export const HOOK_TIMEOUT = { timeout: 120_000 };
export const QUICK = { timeout: 30_000 };

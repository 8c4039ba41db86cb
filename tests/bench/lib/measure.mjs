// Timing helpers. On a noisy shared machine a figure and its limit are measured in alternating
// rounds, and the median of the rounds is reported for each.
export const now = () => process.hrtime.bigint();
export const secondsSince = (start) => Number(process.hrtime.bigint() - start) / 1e9;

// CPU seconds this process (every thread) used during `work`, next to the wall-clock seconds.
export const cpuTimed = async (work) => {
  const cpu = process.cpuUsage();
  const start = now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { seconds: secondsSince(start), cpuSeconds: (used.user + used.system) / 1e6, result };
};

export const timed = async (work) => {
  const start = now();
  const result = await work();
  return { seconds: secondsSince(start), result };
};

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Nearest-rank percentile of a list of samples (p in 0..100).
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

// Runs `limit` then `figure` (or the other way round on odd rounds), `rounds` times each.
export const alternate = async (rounds, measures, log) => {
  const names = Object.keys(measures);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const sample = await measures[name](round);
      samples[name].push(sample);
      log?.(`    round ${round + 1}/${rounds} ${name}: ${describe(sample)}`);
    }
  }
  return samples;
};

const describe = (sample) =>
  typeof sample === 'number'
    ? fmt(sample)
    : Object.entries(sample)
        .map(([k, v]) => `${k}=${typeof v === 'number' ? fmt(v) : v}`)
        .join(' ');

export const fmt = (n, digits) => {
  if (!Number.isFinite(n)) return String(n);
  const d = digits ?? (Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : Math.abs(n) >= 1 ? 2 : 3);
  return n.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });
};

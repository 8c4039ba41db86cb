// Generator worker: runs its share of the tenants' timelines through the deciders, merged by the
// instant of each command, and hands the main thread ready-made appends a chunk at a time, so
// that deciding overlaps with the store's commits.
import { parentPort, workerData } from 'node:worker_threads';
import { Heap } from './heap.mjs';
import { createEmitter, loadLib, startTenant } from './timeline.mjs';

const lib = loadLib();
const shared = { lib, passwordHash: workerData.passwordHash };
const emitter = createEmitter(lib, (msg) => parentPort.postMessage({ type: 'log', msg }));
const runs = workerData.plans.map((plan) => ({ ...startTenant(plan, shared), appended: 0, firstMs: null }));
const heap = new Heap();

// The tenant's next append (commands the deciders refuse append nothing), or none at its end.
const pull = (run) => {
  while (run.appended < (run.plan.eventLimit ?? Infinity)) {
    const next = run.iterator.next();
    if (next.done) return;
    const append = emitter.emit(next.value);
    if (!append) continue;
    run.appended += append.events.length;
    run.firstMs ??= run.g.lastMs;
    heap.push({ ms: run.g.lastMs, run, append });
    return;
  }
};
runs.forEach(pull);

parentPort.on('message', (m) => {
  if (m.type === 'more') {
    const items = [];
    while (items.length < m.count && heap.size > 0) {
      const { ms, run, append } = heap.pop();
      items.push({ ms, tenant: run.plan.index, ...append });
      pull(run);
    }
    parentPort.postMessage({ type: 'items', items, done: heap.size === 0 });
  } else if (m.type === 'finish') {
    const tenants = runs.map((run) => ({
      index: run.plan.index,
      tenantId: run.t.tenantId,
      name: run.t.name,
      stats: run.t.stats,
      events: run.appended,
      firstEventAt: run.firstMs === null ? null : new Date(run.firstMs).toISOString(),
      lastEventAt: new Date(run.g.lastMs).toISOString(),
      consultantEmail: run.t.people?.consultants[0]?.email,
      adminEmail: run.t.people?.admins[0]?.email,
    }));
    parentPort.postMessage({ type: 'summary', tenants, ...emitter.summary() });
  }
});

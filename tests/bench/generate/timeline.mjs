// One tenant's history as a timeline of commands (from the context modules' steps), its clock, and
// the emitter that turns each command into the events the API's command pipeline would record.
import { apiDist, domain, eventStore } from '../lib/paths.mjs';
import { rng, seedOf, uuidv7 } from '../lib/random.mjs';
import { CONTEXTS } from './contexts.mjs';

// ---------- time: commands happen on weekdays, 08:00–18:00 UTC ----------
export const DAY = 86_400_000;
export const EPOCH = Date.UTC(2023, 0, 2); // a Monday
export const END = Date.UTC(2026, 0, 30);
const WORKDAY_S = 10 * 3600;
const msToWork = (ms) => {
  const days = Math.floor((ms - EPOCH) / DAY);
  const week = Math.floor(days / 7);
  const dow = days % 7;
  if (dow >= 5) return (week + 1) * 5 * WORKDAY_S;
  const sec = Math.min(WORKDAY_S, Math.max(0, (ms - EPOCH - days * DAY) / 1000 - 8 * 3600));
  return (week * 5 + dow) * WORKDAY_S + sec;
};
const workToMs = (w) => {
  const day = Math.floor(w / WORKDAY_S);
  const rem = w - day * WORKDAY_S;
  return EPOCH + (Math.floor(day / 5) * 7 + (day % 5)) * DAY + 8 * 3_600_000 + Math.floor(rem * 1000);
};

export const loadLib = () => {
  const d = domain();
  return {
    deciders: {
      tenant: d.tenantDecider,
      user: d.userDecider,
      emailClaim: d.emailClaimDecider,
      authority: d.authorityDecider,
      programme: d.programmeDecider,
    },
    streamName: eventStore().streamName,
    derivedUuid: apiDist('platform/ids.js').derivedUuid,
    emailClaimStream: apiDist('tenancy/tenancy.commands.js').emailClaimStream,
    SYSTEM_ACTOR: apiDist('platform/app-context.js').SYSTEM_ACTOR,
    DomainError: d.DomainError,
  };
};

const STEPS = CONTEXTS.flatMap((c) => c.steps.map((s) => ({ ...s, context: c.name })));
const TENANT_STEPS = STEPS.filter((s) => s.phase === 'tenant').sort((a, b) => a.order - b.order);
const COUNCIL_STEPS = STEPS.filter((s) => s.phase === 'council').sort((a, b) => a.order - b.order);

// A tenant's run: its own clock and randomness; plan.ticks is the number of command ids it mints.
export const startTenant = (plan, shared, { dry = false, eventLimit = Infinity } = {}) => {
  const t = { plan, index: plan.index, councils: 0, stats: { councils: 0, directorates: 0, services: 0, programmes: 0, users: 0 } };
  const idRandom = rng(seedOf(plan.seed, 'ids'));
  const [w0, w1] = [msToWork(plan.startMs), msToWork(plan.endMs)];
  const jitter = rng(seedOf(plan.seed, 'clock'));
  const g = {
    ...shared,
    tick: 0,
    lastMs: plan.startMs,
    events: 0,
    rng: (label) => rng(seedOf(plan.seed, label)),
    meta(actor, reason, tenantId = t.tenantId) {
      const i = this.tick++;
      const ms = dry ? plan.startMs : workToMs(w0 + ((i + 0.9 * jitter.next()) * (w1 - w0)) / plan.ticks);
      this.lastMs = ms;
      return {
        tenantId,
        actor: { userId: actor.userId, role: actor.role, displayName: actor.displayName },
        now: new Date(ms).toISOString(),
        commandId: uuidv7(ms, idRandom),
        ...(reason ? { reason } : {}),
      };
    },
  };
  function* timeline() {
    for (const step of TENANT_STEPS) yield* step.run(t, g);
    for (let index = 0; index < plan.councils && g.events < eventLimit; index += 1) {
      const council = { index };
      t.councils = index + 1;
      for (const step of COUNCIL_STEPS) yield* step.run(t, g, council);
      t.stats.councils += 1;
      t.stats.directorates += council.directorates.length;
      t.stats.services += council.services.length;
      t.stats.programmes += council.programmes.length;
    }
  }
  return { plan, t, g, iterator: timeline() };
};

export const dryRun = (plan, shared, eventLimit) => {
  const run = startTenant(plan, shared, { dry: true, eventLimit });
  for (const item of run.iterator) if (item) run.g.events += 1;
  return { ticks: run.g.tick, events: run.g.events, councils: run.t.councils };
};

const tenantOfStream = (stream) => stream.slice(stream.indexOf('-') + 1, stream.indexOf('_'));

// Decides each command against its stream's state and builds the append runCommand would make
// (apps/api/src/platform/command-pipeline.ts): same event ids, metadata and expected revision.
export const createEmitter = (lib, log) => {
  const streams = new Map(); // stream -> { revision, state }
  const byType = {};
  let refused = 0;
  const emit = ({ stream, decider, command, options = {} }) => {
    let s = streams.get(stream);
    if (!s) streams.set(stream, (s = { revision: -1n, state: decider.initialState }));
    let decided;
    try {
      decided = decider.decide(command, s.state);
    } catch (e) {
      if (!(e instanceof lib.DomainError)) throw e;
      if (refused++ < 5) log(`refused ${command.type} on ${stream}: ${e.code}`);
      return null;
    }
    if (decided.length === 0) return null;
    for (const e of decided) s.state = decider.evolve(s.state, e);
    const m = command.metadata;
    const events = decided.map((e, i) => {
      byType[e.type] = (byType[e.type] ?? 0) + 1;
      return {
        eventId: lib.derivedUuid(m.commandId, stream, String(i)),
        type: e.type,
        data: e.data,
        metadata: {
          tenantId: tenantOfStream(stream),
          ...(options.authorityId ? { authorityId: options.authorityId } : {}),
          actor: m.actor,
          ...(m.reason ? { reason: m.reason } : {}),
          correlationId: m.commandId,
          causationId: m.commandId,
          occurredAt: m.now,
        },
      };
    });
    const append = { stream, events, expectedRevision: s.revision < 0n ? 'no_stream' : s.revision };
    s.revision += BigInt(events.length);
    return append;
  };
  return { emit, summary: () => ({ byType, refused, streams: streams.size }) };
};

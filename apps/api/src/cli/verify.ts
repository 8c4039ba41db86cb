// `orgledger verify`: every tenant found in the store (by its events, not by its creation event,
// which an attacker could delete to have the tenant skipped), checked by verifyTenant, and, with a
// witness log, every checkpoint the auditors witnessed still in the store unchanged.
import { existsSync, readFileSync } from 'node:fs';
import { canonicalJson, parseStreamName, readCheckpoints, streamName, verifyChains, verifyTenant, type EventStore } from '@orgledger/event-store';
import { loadAuditSigningKey } from '../platform/signing-key';
import { parseWitnessFile, WitnessFileError, type WitnessEntry } from '../audit/witness-log';
import { DEFAULT_SEAL_INTERVAL_MINUTES, sealGraceMinutes } from '../platform/config';
import { readPublicKey } from './verify-export';

// The shared `global` streams (email claims) carry no checkpoint: their chains are checked alone.
const GLOBAL = 'global';

const tenantsInStore = async (store: EventStore) => {
  const tenants = new Map<string, { created: boolean }>();
  for await (const e of store.readAll()) {
    const parts = parseStreamName(e.streamName);
    const tenantId = parts?.tenantId ?? e.metadata.tenantId;
    const t = tenants.get(tenantId) ?? { created: false };
    if (e.streamName === streamName('tenant', tenantId, tenantId) && e.revision === 0n) t.created = true;
    tenants.set(tenantId, t);
  }
  return tenants;
};

// What the store no longer holds, or holds differently, of what the auditors witnessed.
const witnessProblems = async (store: EventStore, tenantId: string, witnessed: WitnessEntry[]): Promise<string[]> => {
  if (witnessed.length === 0) return [];
  const stored = new Map((await readCheckpoints(store, tenantId)).map((c) => [c.body.sequence, c]));
  return witnessed.flatMap((w) => {
    const s = stored.get(w.body.sequence);
    if (!s) return [`witnessed checkpoint ${w.body.sequence} (sealed at ${w.body.sealedAt}) is missing from the store`];
    if (canonicalJson(s.body) !== canonicalJson(w.body))
      return [`FORK: stored checkpoint ${w.body.sequence} (root ${s.body.root}) differs from the witnessed one (root ${w.body.root})`];
    return [];
  });
};

export type VerifyCommandOptions = { dataDir: string; publicKey?: string; witness?: string; env?: NodeJS.ProcessEnv };

export const verifyAllTenants = async (store: EventStore, options: VerifyCommandOptions): Promise<number> => {
  const env = options.env ?? process.env;
  const publicKey = options.publicKey ? readPublicKey(options.publicKey) : loadAuditSigningKey(options.dataDir, env.AUDIT_SIGNING_KEY).publicKey;
  if (!publicKey) return 1;
  let witnessed: WitnessEntry[] = [];
  if (options.witness !== undefined) {
    if (!existsSync(options.witness)) {
      console.error(`orgledger: no such witness log: ${options.witness}`);
      return 1;
    }
    try {
      witnessed = parseWitnessFile(readFileSync(options.witness, 'utf8'), options.witness);
    } catch (e) {
      if (!(e instanceof WitnessFileError)) throw e;
      console.error(`orgledger: ${e.message}`);
      return 1;
    }
  }
  const interval = Number(env.AUDIT_SEAL_INTERVAL_MINUTES ?? DEFAULT_SEAL_INTERVAL_MINUTES);
  const graceMs = sealGraceMinutes(env.AUDIT_SEAL_GRACE_MINUTES, Number.isFinite(interval) && interval > 0 ? interval : DEFAULT_SEAL_INTERVAL_MINUTES) * 60_000;
  const tenants = await tenantsInStore(store);
  // a witnessed tenant whose every event was deleted is still checked
  for (const w of witnessed) if (!tenants.has(w.body.tenantId)) tenants.set(w.body.tenantId, { created: false });
  const failed: string[] = [];
  for (const [tenantId, { created }] of [...tenants].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (tenantId === GLOBAL) {
      const report = await verifyChains(store, { tenantId });
      if (!report.ok) failed.push(tenantId);
      console.log(JSON.stringify({ tenantId, ...report }));
      continue;
    }
    const report = await verifyTenant(store, { tenantId, publicKey, graceMs });
    const problems = [
      ...(created ? [] : [`the tenant's creation event (stream ${streamName('tenant', tenantId, tenantId)} revision 0) is missing`]),
      ...report.problems,
      ...(await witnessProblems(
        store,
        tenantId,
        witnessed.filter((w) => w.body.tenantId === tenantId),
      )),
    ];
    const ok = report.ok && problems.length === 0;
    if (!ok) failed.push(tenantId);
    console.log(JSON.stringify({ tenantId, ...report, ok, problems }));
  }
  console.log(failed.length ? `verify: ${failed.length} tenant(s) failed verification: ${failed.join(', ')}` : 'verify: every chain is intact');
  return failed.length ? 2 : 0;
};

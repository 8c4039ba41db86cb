// Seals every tenant's history when anything changed: shortly after start, then every
// AUDIT_SEAL_INTERVAL_MINUTES (1 by default), so that events wait about a minute for a checkpoint.
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { EventStoreError, sealCheckpoint, type EventStore } from '@orgledger/event-store';
import { APP_CONTEXT, SYSTEM_ACTOR, type AppContext } from '../platform/app-context';
import { liveOf } from '../platform/as-of';
import { closeAuditServices } from './audit-services';
import { decisionRegister, sealedHeads } from './decision-index';

export const tenantIdsOf = async (store: EventStore): Promise<string[]> => {
  const ids = new Set<string>();
  for await (const e of store.readAll({ filter: { categories: ['tenant'] } })) ids.add(e.metadata.tenantId);
  return [...ids];
};

export const sealAllTenants = async (store: EventStore, key: AppContext['config']['auditKey'], now = new Date(), registerStore = store): Promise<number> => {
  let sealed = 0;
  for (const tenantId of await tenantIdsOf(store)) {
    // the heads and log root kept current by the decision register: no re-read of the whole history
    const known = sealedHeads(await decisionRegister(registerStore, tenantId))?.known;
    const checkpoint = await sealCheckpoint(store, {
      tenantId,
      privateKey: key.privateKey,
      publicKey: key.publicKey,
      actor: SYSTEM_ACTOR,
      now,
      ...(known ? { known } : {}),
    }).catch((e: unknown) => {
      // another replica sealed this tenant at the same moment: theirs is as good
      if (e instanceof EventStoreError && e.code === 'WRONG_EXPECTED_REVISION') return null;
      throw e;
    });
    if (checkpoint) sealed += 1;
  }
  return sealed;
};

// The first seal after start: a process restarted more often than the interval still seals.
const FIRST_SEAL_MS = 5_000;

@Injectable()
export class AuditSealer implements OnModuleInit, OnModuleDestroy {
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<unknown> = Promise.resolve();
  private readonly logger = new Logger('AuditSealer');

  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private seal() {
    this.running = this.running
      .then(() => sealAllTenants(this.app.store, this.app.config.auditKey, new Date(), liveOf(this.app).store))
      .catch((error: unknown) => this.logger.error({ msg: 'Sealing a checkpoint failed', error: String(error) }));
  }

  onModuleInit() {
    const every = this.app.config.auditSealIntervalMs;
    if (!(every > 0)) return;
    this.timers.push(
      setTimeout(() => this.seal(), Math.min(FIRST_SEAL_MS, every)),
      setInterval(() => this.seal(), every),
    );
    for (const t of this.timers) t.unref(); // never keeps the process alive on its own
  }

  async onModuleDestroy() {
    for (const t of this.timers) clearTimeout(t);
    await this.running;
    closeAuditServices(this.app);
  }
}

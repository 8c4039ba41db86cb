// Seals every tenant's stream heads every AUDIT_SEAL_INTERVAL_MINUTES when anything changed.
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { sealCheckpoint, type EventStore } from '@orgledger/event-store';
import { APP_CONTEXT, SYSTEM_ACTOR, type AppContext } from '../platform/app-context';
import { closeAuditServices } from './audit-services';

export const tenantIdsOf = async (store: EventStore): Promise<string[]> => {
  const ids = new Set<string>();
  for await (const e of store.readAll({ filter: { categories: ['tenant'] } })) ids.add(e.metadata.tenantId);
  return [...ids];
};

export const sealAllTenants = async (store: EventStore, key: AppContext['config']['auditKey'], now = new Date()): Promise<number> => {
  let sealed = 0;
  for (const tenantId of await tenantIdsOf(store)) {
    const checkpoint = await sealCheckpoint(store, { tenantId, privateKey: key.privateKey, publicKey: key.publicKey, actor: SYSTEM_ACTOR, now });
    if (checkpoint) sealed += 1;
  }
  return sealed;
};

@Injectable()
export class AuditSealer implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private readonly logger = new Logger('AuditSealer');

  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  onModuleInit() {
    const every = this.app.config.auditSealIntervalMs;
    if (!(every > 0)) return;
    this.timer = setInterval(() => {
      this.running = this.running
        .then(() => sealAllTenants(this.app.store, this.app.config.auditKey))
        .catch((error: unknown) => this.logger.error({ msg: 'Sealing a checkpoint failed', error: String(error) }));
    }, every);
    this.timer.unref(); // never keeps the process alive on its own
  }

  async onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    closeAuditServices(this.app);
  }
}

import type { Position } from '@orgledger/event-store';
import type { ReadModels } from './read-models';
import { modelName, type ModelRef } from './read-model';

// Parsed read-model rows and lists for hot reads (every request's user account, the dashboard's
// authorities and programmes), kept while the read models' checkpoint is unchanged: rows change
// only together with a new checkpoint, so an entry read at the current checkpoint is what the table
// holds now. Any append anywhere invalidates it, which keeps read-your-writes. What callers get is
// frozen: it is shared.
type Entry = { checkpoint: Position | null; value: unknown };

export const CACHED_ENTRIES = 2_000;

const frozen = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
};

const caches = new WeakMap<ReadModels, Map<string, Entry>>();

const cached = <T>(readModels: ReadModels, key: string, read: () => T): T => {
  let cache = caches.get(readModels);
  if (!cache) caches.set(readModels, (cache = new Map()));
  const checkpoint = readModels.checkpoint();
  const hit = cache.get(key);
  if (hit && hit.checkpoint === checkpoint) return hit.value as T;
  const value = frozen(read());
  cache.delete(key);
  cache.set(key, { checkpoint, value });
  // least recently read first; entries of an older checkpoint are worthless, drop those too
  for (const [k, e] of cache) {
    if (cache.size <= CACHED_ENTRIES && e.checkpoint === checkpoint) break;
    if (k !== key) cache.delete(k);
  }
  return value;
};

export const cachedList = <T>(readModels: ReadModels, model: ModelRef<T>, tenantId: string, parentId?: string): readonly T[] =>
  cached(readModels, `list\u0000${modelName(model)}\u0000${tenantId}\u0000${parentId ?? ''}`, () => readModels.list<T>(model, tenantId, parentId));

export const cachedRow = <T>(readModels: ReadModels, model: ModelRef<T>, tenantId: string, id: string): T | null =>
  cached(readModels, `row\u0000${modelName(model)}\u0000${tenantId}\u0000${id}`, () => readModels.get<T>(model, tenantId, id));

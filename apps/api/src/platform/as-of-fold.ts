import type { RecordedEvent } from '@orgledger/event-store';
import type { Projector } from './read-models';

// One tenant's read-model rows folded in memory, for answers as at a past moment. It mirrors what
// read-models.ts persists: `seq` stands for the table's rowid, so lists keep the same order (a row
// keeps its place when updated, and goes to the end when created again after a delete).
export type FoldRow = { model: string; id: string; value: unknown | null; parentId: string | null; seq: number };

// Sign-in models answer as now, whatever the moment: they are global or never shown.
export const LIVE_MODELS: ReadonlySet<string> = new Set(['emailIndex', 'credential']);

export const rowKeyOf = (model: string, id: string) => `${model}\u0000${id}`;

export type Interested = Map<string, Projector[]>;

export const interestedByCategory = (projectors: Projector[]): Interested => {
  const out: Interested = new Map();
  for (const p of projectors) {
    if (LIVE_MODELS.has(p.model)) continue;
    for (const c of p.categories) out.set(c, [...(out.get(c) ?? []), p]);
  }
  return out;
};

export type Fold = { apply: (event: RecordedEvent) => void; changed: Map<string, FoldRow> };

// `read` answers a row as it stood before this fold (undefined = never existed), freshly parsed;
// rows changed by the fold are kept in `changed`. Rows of other tenants are ignored.
export const createFold = (tenantId: string, interested: Interested, read: (key: string) => FoldRow | undefined, nextSeq: () => number): Fold => {
  const changed = new Map<string, FoldRow>();
  const current = (key: string) => changed.get(key) ?? read(key);

  const set = (model: string, id: string, key: string, value: unknown | null, parentId: string | null, before: FoldRow | undefined) => {
    const existed = before !== undefined && before.value !== null;
    if (value === null && !existed) return; // nothing there, nothing to keep
    const seq = existed ? before.seq : value === null ? before!.seq : nextSeq();
    changed.set(key, { model, id, value, parentId: value === null ? (before?.parentId ?? null) : parentId, seq });
  };

  const apply = (event: RecordedEvent) => {
    const ps = interested.get(event.streamName.slice(0, event.streamName.indexOf('-')));
    if (!ps) return;
    for (const p of ps) {
      if (p.rows) {
        for (const w of p.rows(event)) {
          if (w.tenantId !== tenantId) continue;
          const key = rowKeyOf(p.model, w.id);
          set(p.model, w.id, key, w.row, w.parentId ?? null, current(key));
        }
        continue;
      }
      const k = p.key?.(event);
      if (!k || !p.project || k.tenantId !== tenantId) continue;
      const key = rowKeyOf(p.model, k.id);
      const before = current(key);
      set(p.model, k.id, key, p.project(before?.value ?? null, event), k.parentId ?? null, before);
    }
  };

  return { apply, changed };
};

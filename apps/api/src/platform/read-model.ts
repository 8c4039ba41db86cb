import type { Provider, Type } from '@nestjs/common';
import { currentSchemaVersion, schemaVersionOf, upcast, type DomainEvent } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';

export type RowKey = { tenantId: string; id: string; parentId?: string | null };

// Either key + project (read the row, fold the event into it), or `rows` for events that set many
// rows outright (an import of 5,000 posts): each write replaces its row, null deletes it.
export type Projector = {
  model: string;
  // Raised by the slice when its rows change shape: the stored read models are then rebuilt.
  version?: number;
  categories: string[];
  key?: (event: RecordedEvent) => RowKey | null;
  project?: (row: unknown | null, event: RecordedEvent) => unknown | null;
  rows?: (event: RecordedEvent) => (RowKey & { row: unknown | null })[];
};

// A read model: its table name, the stream categories that feed it, and either `key` + `evolve`
// (fold each event into one row) or `rows` (events that set many rows outright). The object carries
// its Row type, so `readModels.get(fteDeals, …)` answers a DealRow without a cast.
export type ReadModel<Row> = Projector & { readonly row?: Row };
export type RowOf<M> = M extends ReadModel<infer Row> ? Row : never;

type Folded<Row> = {
  name: string;
  version?: number;
  categories: string[];
  key: (event: RecordedEvent) => RowKey | null;
  evolve: (row: Row | null, event: RecordedEvent) => Row | null;
};
type SetOutright<Row> = {
  name: string;
  version?: number;
  categories: string[];
  rows: (event: RecordedEvent) => (RowKey & { row: Row | null })[];
};

// Projections read every event in today's shape: one stored in an older version is upcast first.
const inCurrentShape = (e: RecordedEvent): RecordedEvent =>
  schemaVersionOf(e) === currentSchemaVersion(e.type) ? e : { ...e, data: upcast(e).data as RecordedEvent['data'] };

export const defineReadModel = <Row>(def: Folded<Row> | SetOutright<Row>): ReadModel<Row> =>
  'rows' in def
    ? { model: def.name, version: def.version, categories: def.categories, rows: (e) => def.rows(inCurrentShape(e)) }
    : // the table holds what evolve returned, so the row it hands back is that Row
      {
        model: def.name,
        version: def.version,
        categories: def.categories,
        key: def.key,
        project: (row, e) => def.evolve(row as Row | null, inCurrentShape(e)),
      };

// Either a model object (typed) or, for code not converted yet, its name and a type argument.
export type ModelRef<Row> = ReadModel<Row> | string;
export const modelName = (model: ModelRef<unknown>) => (typeof model === 'string' ? model : model.model);

// Slice modules list their read models among their providers; the platform finds them in the
// modules' own metadata, before Nest starts, because the demo seed and the CLI fold events into
// read models without an HTTP app (and the read models must be open before the first request).
const READ_MODEL = Symbol('READ_MODEL');
type ReadModelProvider = { provide: string; useValue: Projector; [READ_MODEL]: true };

export const readModelProvider = (model: ReadModel<unknown>): Provider => {
  const provider: ReadModelProvider = { provide: `readModel:${model.model}`, useValue: model, [READ_MODEL]: true };
  return provider;
};

const isReadModel = (p: unknown): p is ReadModelProvider => typeof p === 'object' && p !== null && READ_MODEL in p;

// Every read model the given Nest modules register, in module order.
export const readModelsOf = (modules: Type[]): Projector[] =>
  modules.flatMap((m) => ((Reflect.getMetadata('providers', m) ?? []) as unknown[]).filter(isReadModel).map((p) => p.useValue));

// A recorded event as its context's event union: the model's categories decide which events reach
// it, which the type system cannot see.
export const domainEventOf = <E extends DomainEvent>(e: RecordedEvent): E => ({ type: e.type, data: e.data }) as E;

// Stream names are `<category>-<tenantId>_<id>`: the id part.
export const idAfterTenant = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

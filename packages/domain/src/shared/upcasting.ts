import type { DomainEvent } from './decider';

// A stored event as any store reads it back: the type, the data as it was written, and the metadata
// that says which shape that data has.
export type StoredEvent = { type: string; data: unknown; metadata?: { schemaVersion?: unknown } };

// Where a stored event keeps its shape's version: `metadata.schemaVersion`, absent meaning 1.
// Metadata, not data: data holds the facts of the decision, which deciders and projections read and
// which are hashed for auditors as the facts; the version says how they were written, like the rest
// of the envelope. Every event stored so far has no version, so is version 1, and none is rewritten:
// the first changed shape is appended with schemaVersion 2 and its type gains an upcaster for 1.
export const schemaVersionOf = (event: StoredEvent): number => {
  const version = event.metadata?.schemaVersion;
  return version === undefined ? 1 : Number(version);
};

// Data as stored in the shape of today: the entry for the current version of each type.
export const asStored = <D>(data: unknown): D => data as D;

type DataOf<E extends DomainEvent, T extends string> = Extract<E, { type: T }>['data'];

// Every stored version of every event type of a context, each read into today's shape. A Record
// over the context's event union: an event type without an entry fails to compile.
export type Upcasters<E extends DomainEvent> = { [T in E['type']]: Record<number, (data: unknown) => DataOf<E, T>> };

// An event written by a newer build (a version this one does not know) is refused rather than
// guessed at: folding a shape we cannot read would decide on wrong state.
export class UnknownEventVersion extends Error {
  constructor(
    readonly type: string,
    readonly version: number,
  ) {
    super(`${type} version ${version} was written by a newer OrgLedger than this one; upgrade before reading it.`);
    this.name = 'UnknownEventVersion';
  }
}

// Reads one stored event into today's shape. Types without upcasters (not the domain's) pass as they are.
export const upcastWith =
  (upcasters: Partial<Record<string, Record<number, (data: unknown) => unknown>>>) =>
  (event: StoredEvent): DomainEvent => {
    const versions = Object.hasOwn(upcasters, event.type) ? upcasters[event.type] : undefined;
    if (!versions) return { type: event.type, data: event.data };
    const version = schemaVersionOf(event);
    const upcaster = versions[version];
    if (!upcaster) throw new UnknownEventVersion(event.type, version);
    return { type: event.type, data: upcaster(event.data) };
  };

import { contexts, upcasters } from './contexts';
import { upcastWith } from './shared/upcasting';

export { upcasters };

// By context folder: each context's fixtures live in <context>/__fixtures__/events.
export const upcastersByContext: Record<string, Record<string, Record<number, unknown>>> = Object.fromEntries(
  Object.entries(contexts).map(([name, context]) => [name, context.upcasters]),
);

// The stored event types of the domain (every context's upcasters, merged in contexts.ts), each with
// the versions it was ever stored in. `upcast` reads any stored event into today's shape.
export type StoredEventType = keyof typeof upcasters;
export const storedEventTypes = Object.keys(upcasters) as StoredEventType[];

export const upcast = upcastWith(upcasters);

// The version a writer records for a new event of this type: the highest it has an upcaster for.
// Stored as `metadata.schemaVersion` when above 1 (absent meaning 1).
export const schemaVersionFor = (type: string): number => {
  const versions = Object.hasOwn(upcasters, type) ? Object.keys(upcasters[type as StoredEventType]).map(Number) : [];
  return Math.max(1, ...versions);
};

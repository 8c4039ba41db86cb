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

// The version a writer records for a new event of a type (`metadata.schemaVersion`, left out for 1):
// the highest its upcasters know. Types that are not the domain's are version 1.
const currentVersions = new Map(
  Object.entries(upcasters as Record<string, Record<number, unknown>>).map(([type, versions]) => [type, Math.max(...Object.keys(versions).map(Number))]),
);
export const currentSchemaVersion = (type: string): number => currentVersions.get(type) ?? 1;

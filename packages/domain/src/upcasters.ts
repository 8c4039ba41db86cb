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

// The version a new event of this type is written in (its newest upcaster): the command pipeline
// puts it in the metadata as schemaVersion when it is above 1.
export const currentSchemaVersion = (type: string): number => {
  const versions = (upcasters as Record<string, Record<number, unknown>>)[type];
  return versions ? Math.max(...Object.keys(versions).map(Number)) : 1;
};

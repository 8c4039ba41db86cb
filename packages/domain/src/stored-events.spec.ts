import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as domain from './index';
import { schemaVersionFor, schemaVersionOf, upcast, upcastersByContext, type DomainEvent, type StoredEvent } from './index';

// Every stored event type of the domain has a committed fixture of every version it was ever stored
// in (`<context>/__fixtures__/events/<Type>.v<n>.json`, a recorded event as the store holds it), and
// each fixture still reads into today's shape and replays through today's deciders and projections.
// The types come from each context's upcasters (a Record over its event union), not from source text.
type Fixture = StoredEvent & { eventId: string; streamName: string; metadata: { tenantId: string; schemaVersion?: number } };

const fixturesOf = (context: string): { file: string; event: Fixture }[] => {
  const dir = join(__dirname, context, '__fixtures__', 'events');
  return readdirSync(dir).map((file) => ({ file, event: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture }));
};

type Evolving = { evolve: (state: unknown, event: DomainEvent) => unknown; initialState: unknown };
type Projection = (row: null, event: DomainEvent, extra: object) => unknown;
const exported: Record<string, unknown> = { ...domain };
const isDecider = (value: unknown): value is Evolving => typeof value === 'object' && value !== null && 'evolve' in value && 'initialState' in value;
// Every decider and every `project…` read model the domain exports.
const deciders = Object.entries(exported).filter((entry): entry is [string, Evolving] => entry[0].endsWith('Decider') && isDecider(entry[1]));
const projections = Object.entries(exported).filter((entry): entry is [string, Projection] => /^project[A-Z]/.test(entry[0]) && typeof entry[1] === 'function');

describe.each(Object.entries(upcastersByContext))('stored events of %s', (context, upcasters) => {
  const fixtures = fixturesOf(context);

  it('has a fixture of every event type in every version it was stored in, and none for a type it lacks', () => {
    const expected = Object.entries(upcasters).flatMap(([type, versions]) => Object.keys(versions).map((v) => `${type}.v${v}.json`));
    expect(fixtures.map((f) => f.file).sort()).toEqual(expected.sort());
  });

  it('each fixture is a recorded event of its type and version, in a stream of its tenant', () => {
    for (const { file, event } of fixtures) {
      expect(`${event.type}.v${schemaVersionOf(event)}.json`).toBe(file);
      expect(event.streamName).toContain(`-${event.metadata.tenantId}_`);
      expect(event.eventId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('given each fixture, when it is read and replayed, then some decider folds it and no decider or projection fails', () => {
    for (const { event: stored } of fixtures) {
      const event = upcast(stored);
      expect(event.type).toBe(stored.type);
      // the latest version of a type is today's shape as stored; an older one is upcast into it
      if (schemaVersionOf(stored) === schemaVersionFor(stored.type)) expect(event.data).toEqual(stored.data);
      const folded = deciders.filter(([, d]) => d.evolve(d.initialState, event) !== d.initialState).map(([name]) => name);
      expect({ type: event.type, folded: folded.length > 0 }).toEqual({ type: event.type, folded: true });
      for (const [, project] of projections) expect(() => project(null, event, {})).not.toThrow();
    }
  });
});

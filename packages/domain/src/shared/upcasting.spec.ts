import { schemaVersionOf, upcastWith, UnknownEventVersion, type Upcasters } from './upcasting';
import type { DomainEvent } from './decider';

// A shape change as it will happen: NoteAdded stored first as { text }, now { body, format }.
type NoteAdded = DomainEvent<'NoteAdded', { body: string; format: 'plain' | 'markdown' }>;
const notes: Upcasters<NoteAdded> = {
  NoteAdded: {
    1: (data) => ({ body: (data as { text: string }).text, format: 'plain' }),
    2: (data) => data as NoteAdded['data'],
  },
};
const upcast = upcastWith(notes);

describe("reading stored events into today's shape", () => {
  it('given an event stored without schemaVersion, then it is version 1', () => {
    expect(schemaVersionOf({ type: 'NoteAdded', data: {} })).toBe(1);
    expect(schemaVersionOf({ type: 'NoteAdded', data: {}, metadata: {} })).toBe(1);
    expect(schemaVersionOf({ type: 'NoteAdded', data: {}, metadata: { schemaVersion: 2 } })).toBe(2);
  });

  it('given the old shape (v1) and the new (v2), when read, then both arrive in the new shape', () => {
    expect(upcast({ type: 'NoteAdded', data: { text: 'Met the director' } })).toEqual({
      type: 'NoteAdded',
      data: { body: 'Met the director', format: 'plain' },
    });
    expect(upcast({ type: 'NoteAdded', data: { body: '**Agreed**', format: 'markdown' }, metadata: { schemaVersion: 2 } })).toEqual({
      type: 'NoteAdded',
      data: { body: '**Agreed**', format: 'markdown' },
    });
  });

  it('given a version this build does not know, when read, then it is refused', () => {
    expect(() => upcast({ type: 'NoteAdded', data: {}, metadata: { schemaVersion: 3 } })).toThrow(UnknownEventVersion);
  });

  it('given a type with no upcasters (not a domain event, or a name on Object.prototype), then it passes as stored', () => {
    expect(upcast({ type: 'CheckpointSealed', data: { heads: 2 } })).toEqual({ type: 'CheckpointSealed', data: { heads: 2 } });
    expect(upcast({ type: 'constructor', data: {} })).toEqual({ type: 'constructor', data: {} });
  });
});

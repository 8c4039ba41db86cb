// Read side of the KurrentDB adapter: one stream, $all in pages, and the newest event of ours.
import { BACKWARDS, END, FORWARDS, START, StreamNotFoundError, type KurrentDBClient } from '@kurrent/kurrentdb-client';
import { EventStoreError, comparePositions, type Position, type ReadAllOptions, type ReadStreamOptions, type RecordedEvent } from '../event-store';
import { checkMaxCount } from '../sqlite/reads';
import { compileFilter, toRecorded, type CompiledFilter } from './convert';

export const READ_PAGE = 1000;

export type KurrentReader = {
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  // newest first, at most `count` events; [] when the stream does not exist
  readTail(stream: string, count: number): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): AsyncGenerator<RecordedEvent>;
  // position of the newest event accepted by `filter` and after `after`, or null
  lastMatching(filter: CompiledFilter, after: Position | 'start'): Promise<Position | null>;
};

const notFound = (stream: string) => new EventStoreError('STREAM_NOT_FOUND', `Stream ${stream} not found`, { stream });

export const createKurrentReader = (client: KurrentDBClient): KurrentReader => {
  const readStream = async (stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> => {
    const max = checkMaxCount(options.maxCount);
    const direction = options.direction ?? 'forwards';
    const from = options.fromRevision ?? (direction === 'forwards' ? 'start' : 'end');
    // the client's Rust bridge turns a forwards read from END into a backwards one: answer it here
    if (direction === 'forwards' && from === 'end') {
      if ((await readTail(stream, 1)).length === 0) throw notFound(stream);
      return [];
    }
    const out: RecordedEvent[] = [];
    try {
      const events = client.readStream(stream, {
        direction: direction === 'forwards' ? FORWARDS : BACKWARDS,
        fromRevision: from === 'start' ? START : from === 'end' ? END : from,
        // one more than asked for maxCount 0, so a missing stream is still reported as missing
        maxCount: Number.isFinite(max) ? Math.max(max, 1) : Number.MAX_SAFE_INTEGER,
      });
      for await (const resolved of events) {
        const event = toRecorded(resolved.event);
        if (event) out.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) throw notFound(stream);
      throw error;
    }
    return out.slice(0, max);
  };

  async function readTail(stream: string, count: number): Promise<RecordedEvent[]> {
    try {
      return await readStream(stream, { direction: 'backwards', maxCount: count });
    } catch (error) {
      if (error instanceof EventStoreError && error.code === 'STREAM_NOT_FOUND') return [];
      throw error;
    }
  }

  // one page of $all through the server-side filter, as the client's raw recorded events
  const page = async (filter: CompiledFilter, from: Position | 'start' | 'end', backwards: boolean) => {
    const out: { position: Position; event: RecordedEvent | null }[] = [];
    const events = client.readAll({
      direction: backwards ? BACKWARDS : FORWARDS,
      fromPosition: from === 'start' ? START : from === 'end' ? END : from,
      maxCount: READ_PAGE,
      filter: filter.server,
    });
    for await (const resolved of events) {
      if (resolved.event?.position) out.push({ position: resolved.event.position, event: toRecorded(resolved.event) });
    }
    return out;
  };

  const lastMatching = async (filter: CompiledFilter, after: Position | 'start'): Promise<Position | null> => {
    if (filter.empty) return null;
    let from: Position | 'end' = 'end';
    for (;;) {
      const events = await page(filter, from, true);
      for (const { position, event } of events) {
        if (after !== 'start' && comparePositions(position, after) <= 0) return null;
        if (event && filter.accepts(event)) return position;
      }
      if (events.length < READ_PAGE) return null;
      from = events[events.length - 1].position; // backwards reads exclude their start
    }
  };

  async function* readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    let remaining = checkMaxCount(options.maxCount);
    const filter = compileFilter(options.filter);
    if (filter.empty || remaining === 0) return;
    // bounded by the newest event when iteration starts, so a read under constant appends still ends
    const upTo = options.to ?? (await lastMatching(compileFilter(), 'start'));
    if (!upTo) return;
    let after: Position | 'start' = options.from ?? 'start';
    for (;;) {
      const events = await page(filter, after, false);
      for (const { position, event } of events) {
        // forwards reads include their start position; the port's `from` is exclusive
        if (after !== 'start' && comparePositions(position, after) <= 0) continue;
        if (comparePositions(position, upTo) > 0) return;
        if (event && filter.accepts(event)) {
          yield event;
          remaining -= 1;
          if (remaining <= 0) return;
        }
      }
      if (events.length < READ_PAGE) return;
      after = events[events.length - 1].position;
    }
  }

  return { readStream, readTail, readAll, lastMatching };
};

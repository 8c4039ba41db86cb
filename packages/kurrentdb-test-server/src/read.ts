// Streams.Read: one-off reads of a stream or of $all, and catch-up-then-live subscriptions.
import { randomUUID } from 'node:crypto';
import type { ServerWritableStream } from '@grpc/grpc-js';
import { ReadReq, ReadResp } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import { indexAtOrAfter, type EventLog, type StoredEvent } from './log';
import { checkpointResponse, eventResponse, identifier, streamNameOf, structuredRequested } from './wire';

type From = 'start' | 'end' | bigint;
type Filter = { on: 'stream' | 'type'; regex: RegExp | null; prefixes: string[]; checkpointEvery: number };
type Plan = { stream: string | null; from: From; backwards: boolean; count: number | null; filter: Filter | null; structured: boolean };

const Opt = ReadReq.Options;
// Default search window of the server when the client sends `count` instead of `max`.
const DEFAULT_WINDOW = 32;

const planOf = (req: ReadReq): Plan => {
  const options = req.getOptions() ?? new Opt();
  let stream: string | null = null;
  let from: From = 'start';
  if (options.getStreamOptionCase() === Opt.StreamOptionCase.STREAM) {
    const s = options.getStream()!;
    stream = streamNameOf(s.getStreamIdentifier());
    const c = s.getRevisionOptionCase();
    from = c === Opt.StreamOptions.RevisionOptionCase.END ? 'end' : c === Opt.StreamOptions.RevisionOptionCase.REVISION ? BigInt(s.getRevision()) : 'start';
  } else {
    const a = options.getAll() ?? new Opt.AllOptions();
    const c = a.getAllOptionCase();
    from =
      c === Opt.AllOptions.AllOptionCase.END ? 'end' : c === Opt.AllOptions.AllOptionCase.POSITION ? BigInt(a.getPosition()!.getCommitPosition()) : 'start';
  }
  let filter: Filter | null = null;
  if (options.getFilterOptionCase() === Opt.FilterOptionCase.FILTER) {
    const f = options.getFilter()!;
    const on = f.getFilterCase() === Opt.FilterOptions.FilterCase.EVENT_TYPE ? 'type' : 'stream';
    const expr = (on === 'type' ? f.getEventType() : f.getStreamIdentifier()) ?? new Opt.FilterOptions.Expression();
    const window = f.hasMax() ? f.getMax() : DEFAULT_WINDOW;
    filter = {
      on,
      regex: expr.getRegex() ? new RegExp(expr.getRegex()) : null,
      prefixes: expr.getPrefixList(),
      checkpointEvery: Math.max(1, f.getCheckpointintervalmultiplier()) * window,
    };
  }
  const subscription = options.getCountOptionCase() === Opt.CountOptionCase.SUBSCRIPTION;
  const count = subscription ? null : Number(BigInt.asUintN(53, BigInt(options.getCount() || '0')));
  return { stream, from, backwards: options.getReadDirection() === Opt.ReadDirection.BACKWARDS, count, filter, structured: structuredRequested(options) };
};

export const matches = (filter: Filter | null, event: StoredEvent): boolean => {
  if (!filter) return true;
  const subject = filter.on === 'type' ? event.type : event.streamName;
  if (filter.regex) return filter.regex.test(subject);
  return filter.prefixes.some((p) => subject.startsWith(p));
};

// Indices a one-off read visits, in order. Forwards reads from a position include it; backwards
// reads exclude it; stream revisions are inclusive both ways.
const readRange = (source: StoredEvent[], plan: Plan): number[] => {
  const n = source.length;
  let first: number;
  if (plan.stream !== null) {
    first = plan.from === 'start' ? 0 : plan.from === 'end' ? (plan.backwards ? n - 1 : n) : Math.min(Number(plan.from), plan.backwards ? n - 1 : n);
  } else if (plan.from === 'start') first = plan.backwards ? -1 : 0;
  else if (plan.from === 'end') first = plan.backwards ? n - 1 : n;
  else first = plan.backwards ? indexAtOrAfter(source, plan.from) - 1 : indexAtOrAfter(source, plan.from);
  const out: number[] = [];
  if (plan.backwards) for (let i = first; i >= 0; i -= 1) out.push(i);
  else for (let i = first; i < n; i += 1) out.push(i);
  return out;
};

const write = async (call: ServerWritableStream<ReadReq, ReadResp>, message: ReadResp) => {
  if (!call.write(message)) await new Promise<void>((resolve) => call.once('drain', resolve));
};

const oneOffRead = async (log: EventLog, call: ServerWritableStream<ReadReq, ReadResp>, plan: Plan) => {
  const source = plan.stream === null ? log.events : log.stream(plan.stream);
  // $all always exists, even empty
  if (!source || (plan.stream !== null && source.length === 0)) {
    // a missing stream is a message in the read, not a gRPC status (client ReadStream handling)
    await write(call, new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(identifier(plan.stream ?? '$all'))));
    return call.end();
  }
  let sent = 0;
  for (const i of readRange(source, plan)) {
    if (plan.count !== null && sent >= plan.count) break;
    if (call.cancelled) return;
    if (!matches(plan.filter, source[i])) continue;
    await write(call, eventResponse(source[i], plan.structured));
    sent += 1;
  }
  call.end();
};

// Index of the first event AFTER the subscription's start point: subscriptions are exclusive.
const subscriptionStart = (log: EventLog, plan: Plan): number => {
  if (plan.stream !== null) {
    const length = log.stream(plan.stream)?.length ?? 0;
    return plan.from === 'start' ? 0 : plan.from === 'end' ? length : Number(plan.from) + 1;
  }
  if (plan.from === 'start') return 0;
  if (plan.from === 'end') return log.events.length;
  const at = indexAtOrAfter(log.events, plan.from);
  return log.events[at]?.position === plan.from ? at + 1 : at;
};

const subscribe = async (log: EventLog, call: ServerWritableStream<ReadReq, ReadResp>, plan: Plan) => {
  let cursor = subscriptionStart(log, plan);
  let wake: (() => void) | null = null;
  const unlisten = log.onAppend(() => wake?.());
  call.on('cancelled', () => wake?.());
  let scannedSinceCheckpoint = 0;
  let caughtUpSent = false;
  try {
    await write(call, new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())));
    while (!call.cancelled) {
      const source = plan.stream === null ? log.events : (log.stream(plan.stream) ?? []);
      if (cursor < source.length) {
        const event = source[cursor];
        cursor += 1;
        if (matches(plan.filter, event)) await write(call, eventResponse(event, plan.structured));
        scannedSinceCheckpoint += 1;
        // filtered $all subscriptions report progress through checkpoints (checkpointReached)
        if (plan.filter && plan.stream === null && scannedSinceCheckpoint >= plan.filter.checkpointEvery) {
          scannedSinceCheckpoint = 0;
          await write(call, checkpointResponse(event.position));
        }
        continue;
      }
      if (!caughtUpSent) {
        caughtUpSent = true;
        await write(call, new ReadResp().setCaughtUp(new ReadResp.CaughtUp()));
        continue; // appends may have arrived while that write waited
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    unlisten();
  }
};

export const readHandler = (log: EventLog) => (call: ServerWritableStream<ReadReq, ReadResp>) => {
  const plan = planOf(call.request);
  const run = plan.count === null ? subscribe(log, call, plan) : oneOffRead(log, call, plan);
  run.catch((error: unknown) => call.destroy(error as Error));
};

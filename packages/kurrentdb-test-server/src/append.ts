// Streams.Append (client-streaming: options, then one message per event, one reply after 'end')
// and Streams.BatchAppend (bidi: chunks correlated by id, the last one is_final, one reply each).
import type { sendUnaryData, ServerDuplexStream, ServerReadableStream } from '@grpc/grpc-js';
import { Empty as GoogleEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { AllStreamPosition, Empty } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import { AppendReq, AppendResp, BatchAppendReq, BatchAppendResp } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import type { AppendOutcome, EventLog, Expected, Proposed } from './log';
import { expectedFrom, identifier, makeUuid, parseUuid, streamNameOf, wrongExpectedVersionStatus } from './wire';

type Message = AppendReq.ProposedMessage | BatchAppendReq.ProposedMessage;

const proposedOf = (m: Message): Proposed => ({
  id: parseUuid(m.getId()),
  type: m.getMetadataMap().get('type') ?? '',
  contentType: m.getMetadataMap().get('content-type') ?? 'application/octet-stream',
  data: m.getData_asU8(),
  customMetadata: m.getCustomMetadata_asU8(),
});

const AppendCase = AppendReq.Options.ExpectedStreamRevisionCase;
const appendExpected = (o: AppendReq.Options): Expected => {
  const c = o.getExpectedStreamRevisionCase();
  // a oneof: toObject() shows revision "0" even when no_stream is set, so dispatch on the case
  const kase = c === AppendCase.REVISION ? 'revision' : c === AppendCase.NO_STREAM ? 'no_stream' : c === AppendCase.STREAM_EXISTS ? 'stream_exists' : 'any';
  return expectedFrom(kase, o.getRevision());
};

const BatchCase = BatchAppendReq.Options.ExpectedStreamPositionCase;
const batchExpected = (o: BatchAppendReq.Options): Expected => {
  const c = o.getExpectedStreamPositionCase();
  const kase = c === BatchCase.STREAM_POSITION ? 'revision' : c === BatchCase.NO_STREAM ? 'no_stream' : c === BatchCase.STREAM_EXISTS ? 'stream_exists' : 'any';
  return expectedFrom(kase, o.getStreamPosition());
};

// Wrong expected version on Append is a normal reply, not a gRPC error (append.js in the client).
const appendResponse = (outcome: AppendOutcome): AppendResp => {
  if (outcome.ok) {
    const success = new AppendResp.Success();
    if (outcome.currentRevision < 0n) success.setNoStream(new Empty());
    else success.setCurrentRevision(outcome.currentRevision.toString());
    if (outcome.position < 0n) success.setNoPosition(new Empty());
    else success.setPosition(new AppendResp.Position().setCommitPosition(outcome.position.toString()).setPreparePosition(outcome.position.toString()));
    return new AppendResp().setSuccess(success);
  }
  const wev = new AppendResp.WrongExpectedVersion();
  if (outcome.current === 'no_stream') wev.setCurrentNoStream(new Empty());
  else wev.setCurrentRevision(outcome.current.toString());
  const e = outcome.expected;
  if (e.kind === 'revision') wev.setExpectedRevision(e.revision.toString());
  else if (e.kind === 'no_stream') wev.setExpectedNoStream(new Empty());
  else if (e.kind === 'stream_exists') wev.setExpectedStreamExists(new Empty());
  else wev.setExpectedAny(new Empty());
  return new AppendResp().setWrongExpectedVersion(wev);
};

export const appendHandler = (log: EventLog) => (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>) => {
  let streamName: string | null = null;
  let expected: Expected = { kind: 'any' };
  const proposed: Proposed[] = [];
  call.on('data', (req: AppendReq) => {
    if (req.hasOptions()) {
      streamName = streamNameOf(req.getOptions()!.getStreamIdentifier());
      expected = appendExpected(req.getOptions()!);
    } else if (req.hasProposedMessage()) proposed.push(proposedOf(req.getProposedMessage()!));
  });
  call.on('end', () => {
    if (streamName === null) return callback({ code: 3, details: 'The first Append message must carry options' });
    callback(null, appendResponse(log.append(streamName, expected, proposed)));
  });
};

const batchResponse = (correlationId: string, streamName: string, expected: Expected, outcome: AppendOutcome): BatchAppendResp => {
  const resp = new BatchAppendResp().setCorrelationId(makeUuid(correlationId, false)).setStreamIdentifier(identifier(streamName));
  if (expected.kind === 'revision') resp.setStreamPosition(expected.revision.toString());
  else if (expected.kind === 'no_stream') resp.setNoStream(new GoogleEmpty());
  else if (expected.kind === 'stream_exists') resp.setStreamExists(new GoogleEmpty());
  else resp.setAny(new GoogleEmpty());
  if (!outcome.ok) return resp.setError(wrongExpectedVersionStatus(outcome.current, outcome.expected));
  const success = new BatchAppendResp.Success();
  if (outcome.currentRevision < 0n) success.setNoStream(new GoogleEmpty());
  else success.setCurrentRevision(outcome.currentRevision.toString());
  if (outcome.position < 0n) success.setNoPosition(new GoogleEmpty());
  else success.setPosition(new AllStreamPosition().setCommitPosition(outcome.position.toString()).setPreparePosition(outcome.position.toString()));
  return resp.setSuccess(success);
};

type Pending = { streamName: string; expected: Expected; proposed: Proposed[] };

export const batchAppendHandler = (log: EventLog) => (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>) => {
  const pending = new Map<string, Pending>();
  call.on('data', (req: BatchAppendReq) => {
    const correlationId = parseUuid(req.getCorrelationId());
    let entry = pending.get(correlationId);
    if (!entry) {
      // only the first chunk of a request carries the options
      const options = req.getOptions() ?? new BatchAppendReq.Options();
      entry = { streamName: streamNameOf(options.getStreamIdentifier()), expected: batchExpected(options), proposed: [] };
      pending.set(correlationId, entry);
    }
    entry.proposed.push(...req.getProposedMessagesList().map(proposedOf));
    if (!req.getIsFinal()) return;
    pending.delete(correlationId);
    const outcome = log.append(entry.streamName, entry.expected, entry.proposed);
    call.write(batchResponse(correlationId, entry.streamName, entry.expected, outcome));
  });
  call.on('end', () => call.end());
  call.on('error', () => pending.clear());
};

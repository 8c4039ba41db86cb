// Conversions between the client's own generated protobuf classes and the log's plain records.
// Built only on @kurrent/kurrentdb-client's stubs: loading @eventstore/db-client's as well would
// replace these classes in google-protobuf's process-global namespace.
import { Empty as GoogleEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty, StreamIdentifier, UUID, WrongExpectedVersion } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import { Status } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/status_pb';
import { ReadReq, ReadResp } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import type { Expected, StoredEvent } from './log';

export const streamNameOf = (identifier: StreamIdentifier | undefined): string =>
  Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');

export const identifier = (name: string): StreamIdentifier => new StreamIdentifier().setStreamName(Buffer.from(name, 'utf8'));

const hex16 = (value: string) => BigInt.asUintN(64, BigInt(value)).toString(16).padStart(16, '0');

// UUIDs travel as text or as two signed int64 halves ("structured"), whichever the reader asks for.
export const parseUuid = (uuid: UUID | undefined): string => {
  if (!uuid) return '';
  if (uuid.hasStructured()) {
    const s = uuid.getStructured()!;
    const h = hex16(s.getMostSignificantBits()) + hex16(s.getLeastSignificantBits());
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  return uuid.getString().toLowerCase();
};

export const makeUuid = (id: string, structured: boolean): UUID => {
  const uuid = new UUID();
  if (!structured) return uuid.setString(id);
  const h = id.replace(/-/g, '');
  const signed = (part: string) => BigInt.asIntN(64, BigInt(`0x${part}`)).toString();
  return uuid.setStructured(new UUID.Structured().setMostSignificantBits(signed(h.slice(0, 16))).setLeastSignificantBits(signed(h.slice(16))));
};

export const expectedFrom = (kase: 'revision' | 'no_stream' | 'any' | 'stream_exists' | 'unset', revision: string): Expected => {
  switch (kase) {
    case 'revision':
      return { kind: 'revision', revision: BigInt(revision) };
    case 'no_stream':
      return { kind: 'no_stream' };
    case 'stream_exists':
      return { kind: 'stream_exists' };
    default:
      return { kind: 'any' };
  }
};

// BatchAppend reports a wrong expected version as google.rpc.Status whose details pack
// event_store.client.WrongExpectedVersion (unpackError.js in the client).
export const wrongExpectedVersionStatus = (current: bigint | 'no_stream', expected: Expected): Status => {
  const details = new WrongExpectedVersion();
  if (current === 'no_stream') details.setCurrentNoStream(new GoogleEmpty());
  else details.setCurrentStreamRevision(current.toString());
  if (expected.kind === 'revision') details.setExpectedStreamPosition(expected.revision.toString());
  else if (expected.kind === 'no_stream') details.setExpectedNoStream(new GoogleEmpty());
  else if (expected.kind === 'stream_exists') details.setExpectedStreamExists(new GoogleEmpty());
  else details.setExpectedAny(new GoogleEmpty());
  const any = new Any();
  any.pack(details.serializeBinary(), 'event_store.client.WrongExpectedVersion');
  // google.rpc.Code FAILED_PRECONDITION = 9, as the server uses for this error
  return new Status().setCode(9).setMessage('WrongExpectedVersion').setDetails(any);
};

export const recordedEvent = (event: StoredEvent, structuredUuid: boolean): ReadResp.ReadEvent.RecordedEvent => {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(makeUuid(event.id, structuredUuid))
    .setStreamIdentifier(identifier(event.streamName))
    .setStreamRevision(event.revision.toString())
    .setPreparePosition(event.position.toString())
    .setCommitPosition(event.position.toString())
    .setData(event.data)
    .setCustomMetadata(event.customMetadata);
  const map = recorded.getMetadataMap();
  map.set('type', event.type);
  map.set('content-type', event.contentType);
  map.set('created', event.created.toString());
  return recorded;
};

export const eventResponse = (event: StoredEvent, structuredUuid: boolean): ReadResp =>
  new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(recordedEvent(event, structuredUuid)).setCommitPosition(event.position.toString()));

export const checkpointResponse = (position: bigint): ReadResp =>
  new ReadResp().setCheckpoint(new ReadResp.Checkpoint().setCommitPosition(position.toString()).setPreparePosition(position.toString()));

export const structuredRequested = (options: ReadReq.Options): boolean =>
  options.getUuidOption()?.getContentCase() === ReadReq.Options.UUIDOption.ContentCase.STRUCTURED;

export { Empty };

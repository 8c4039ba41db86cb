// Checks an exported decision register offline, with the published public key and nothing else.
import type { KeyObject } from 'node:crypto';
import {
  checkpointSignatureValid,
  eventHash,
  GENESIS_HASH,
  parseStreamName,
  positionFromString,
  comparePositions,
  verifyInclusion,
  type RecordedEvent,
  type SignedCheckpoint,
} from '@orgledger/event-store';
import { CSV_COLUMNS, CSV_SEAL_TYPE, EXPORT_SEAL_FORMAT, exportSealSignatureValid, parseCsv, sha256OfBytes, type ExportSeal } from './export-seal';

export type ExportVerdict = {
  ok: boolean;
  events: number;
  redacted: number; // rows of other authorities: linked by their hashes, content not shown
  streams: number;
  checkpoint: { sequence: number; sealedAt: string; upTo: string } | null;
  sealedBy?: SignedCheckpoint; // the whole signed checkpoint, for a witness log to compare
  problem?: string;
};

type Shown = Pick<RecordedEvent, 'streamName' | 'eventId' | 'type' | 'data' | 'metadata' | 'prevHash' | 'hash' | 'recordedAt'> & {
  revision: string;
  position: string;
  redacted?: false;
};
type Redacted = { redacted: true; streamName: string; revision: string; eventId: string; prevHash: string; hash: string };
type Exported = Shown | Redacted;

const HASH = /^[0-9a-f]{64}$/;

class Rejected extends Error {}
const fail = (message: string): never => {
  throw new Rejected(message);
};

// The seal is the last line; everything before it is what its digest covers.
const splitSeal = (text: string): { body: string; sealLine: string } => {
  const trimmed = text.replace(/(\r?\n)$/, '');
  const at = trimmed.lastIndexOf('\n');
  if (at < 0) fail('the file has no seal line');
  return { body: text.slice(0, at + 1), sealLine: trimmed.slice(at + 1) };
};

const parseJsonl = (body: string, sealLine: string): { events: Exported[]; seal: ExportSeal } => {
  const lines = body.split('\n').filter((l) => l !== '');
  const parsed = lines.map((l, i) => {
    try {
      return JSON.parse(l) as Record<string, unknown>;
    } catch {
      return fail(`line ${i + 1} is not valid JSON`);
    }
  });
  const { kind, ...seal } = JSON.parse(sealLine) as { kind: string } & ExportSeal;
  if (kind !== 'seal') fail('the last line is not the seal');
  const events = parsed.filter((p) => p.kind === 'event').map((p) => ({ ...p, redacted: p.redacted === true }));
  return { events: events as unknown as Exported[], seal };
};

const parseCsvExport = (body: string, sealLine: string): { events: Exported[]; seal: ExportSeal } => {
  const [header, ...rows] = parseCsv(body);
  // format /1 had no redacted column (and no redacted rows)
  if (header?.join(',') !== CSV_COLUMNS.join(',') && header?.join(',') !== CSV_COLUMNS.slice(0, -1).join(','))
    fail('the CSV header is not that of a decision register');
  const col = (row: string[], name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)] ?? '';
  const [sealRow] = parseCsv(sealLine);
  if (col(sealRow, 'type') !== CSV_SEAL_TYPE) fail('the last row is not the seal');
  const events = rows.map((r): Exported =>
    col(r, 'redacted') === 'true'
      ? {
          redacted: true,
          streamName: col(r, 'stream'),
          revision: col(r, 'revision'),
          eventId: col(r, 'event_id'),
          prevHash: col(r, 'prev_hash'),
          hash: col(r, 'hash'),
        }
      : {
          position: col(r, 'position'),
          recordedAt: col(r, 'recorded_at'),
          streamName: col(r, 'stream'),
          revision: col(r, 'revision'),
          eventId: col(r, 'event_id'),
          type: col(r, 'type'),
          data: JSON.parse(col(r, 'data_json')),
          metadata: JSON.parse(col(r, 'metadata_json')),
          prevHash: col(r, 'prev_hash'),
          hash: col(r, 'hash'),
        },
  );
  return { events, seal: JSON.parse(col(sealRow, 'data_json')) as ExportSeal };
};

const checkChains = (events: Exported[], seal: ExportSeal, tenantId: string) => {
  const upTo = positionFromString(seal.checkpoint.body.upTo);
  const last = new Map<string, Exported>();
  for (const e of events) {
    const where = `${e.streamName} revision ${e.revision}`;
    if (parseStreamName(e.streamName)?.tenantId !== tenantId || (!e.redacted && e.metadata.tenantId !== tenantId))
      fail(`${where} does not belong to tenant ${tenantId}`);
    if (!e.redacted && comparePositions(positionFromString(e.position), upTo) > 0) fail(`${where} is after the checkpoint`);
    const prev = last.get(e.streamName);
    const expected = prev ? BigInt(prev.revision) + 1n : 0n;
    if (!/^\d+$/.test(e.revision) || BigInt(e.revision) !== expected) fail(`${where}: expected revision ${expected}; an event is missing or out of order`);
    if (e.prevHash !== (prev?.hash ?? GENESIS_HASH)) fail(`${where}: prevHash does not link to the previous event`);
    if (!HASH.test(e.hash)) fail(`${where}: the hash is not a SHA-256 hex digest`);
    // a redacted row is taken at its given hash: the next row's prevHash and the sealed head bind it
    if (!e.redacted && eventHash(e.prevHash, { ...e, revision: BigInt(e.revision), hashVersion: undefined, recordedAt: undefined }) !== e.hash)
      fail(`${where}: the event does not match its hash (it was altered)`);
    // version 2 hashes the recording time inside metadata: the time shown must be that one
    if (!e.redacted && e.metadata.hashVersion === 2 && e.recordedAt !== e.metadata.recordedAt)
      fail(`${where}: the recorded time shown (${e.recordedAt}) is not the one its hash covers`);
    last.set(e.streamName, e);
  }
  const proofs = new Map(seal.proofs.map((p) => [p.streamName, p]));
  for (const head of last.values()) {
    const p = proofs.get(head.streamName);
    if (!p || p.revision !== head.revision || p.hash !== head.hash) fail(`stream ${head.streamName} does not end where the checkpoint sealed it`);
    if (!verifyInclusion(p!, p!.index, seal.treeSize, p!.proof, seal.checkpoint.body.root))
      fail(`stream ${head.streamName} is not in the checkpoint's Merkle tree`);
  }
  if (proofs.size !== last.size) fail('the seal names a stream whose events are missing from the export');
  return last.size;
};

export const verifyExport = (text: string, publicKey: KeyObject | string): ExportVerdict => {
  let checkpoint: ExportVerdict['checkpoint'] = null;
  try {
    const { body, sealLine } = splitSeal(text);
    const { events, seal } = body.startsWith('{') ? parseJsonl(body, sealLine) : parseCsvExport(body, sealLine);
    if (seal.format !== EXPORT_SEAL_FORMAT) fail('the seal is not an OrgLedger export seal');
    const { sequence, sealedAt, upTo } = seal.checkpoint.body;
    checkpoint = { sequence, sealedAt, upTo };
    if (sha256OfBytes(body) !== seal.exportDigest) fail('the file was changed after it was sealed (digest mismatch)');
    if (!exportSealSignatureValid(seal, publicKey)) fail('the seal signature does not verify with this public key');
    if (!checkpointSignatureValid(seal.checkpoint, publicKey)) fail('the checkpoint signature does not verify with this public key');
    const streams = checkChains(events, seal, seal.checkpoint.body.tenantId);
    return { ok: true, events: events.length, redacted: events.filter((e) => e.redacted).length, streams, checkpoint, sealedBy: seal.checkpoint };
  } catch (e) {
    if (e instanceof Rejected) return { ok: false, events: 0, redacted: 0, streams: 0, checkpoint, problem: e.message };
    if (e instanceof SyntaxError)
      return { ok: false, events: 0, redacted: 0, streams: 0, checkpoint, problem: `the file is not a readable export: ${e.message}` };
    throw e;
  }
};

import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { ErrorCode } from '../platform/error-codes';
import type { SheetLimits } from './limits';
import { SheetRefusal } from './refusals';
import { fileContent, readGrid, type ColumnSpec, type SheetRow } from './sheet-grid';

// The entry of a reading worker (see read-in-worker.ts): one answer for each file it is sent.
export type ReadJob = { fileName: string; content: Uint8Array | string; columns: ColumnSpec[]; limits: SheetLimits }; // a string is base64
export type ReadAnswer =
  { ok: true; rows: SheetRow[] } | { ok: false; code: ErrorCode; message: string; details: Record<string, unknown> } | { ok: false; failure: string }; // not a refusal: something this reader did not expect

const read = (job: ReadJob): ReadAnswer => {
  try {
    return { ok: true, rows: readGrid(job.fileName, fileContent(job.content), job.columns, job.limits) };
  } catch (e) {
    if (e instanceof SheetRefusal) return { ok: false, code: e.code, message: e.message, details: e.details };
    return { ok: false, failure: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
};

// Linux keeps a nice value per thread: this reading thread yields the CPU to the API's own thread,
// so a costly file slows its own import, not the answers to everyone else.
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    /* not allowed here: read at normal priority */
  }
}

parentPort?.on('message', (job: ReadJob) => parentPort!.postMessage(read(job)));

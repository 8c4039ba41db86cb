import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { invalid } from '../platform/api-errors';
import { MAX_READING_AT_ONCE, MAX_WAITING_TO_READ, WORKER_HEAP_MB, WORKER_TIME_MS, type SheetLimits } from './limits';
import type { ColumnSpec, SheetRow } from './sheet-grid';
import type { ReadAnswer, ReadJob } from './sheet-worker';

// Every uploaded sheet is read in a worker thread with its own heap limit and a deadline, so a
// hostile file costs one worker, never the API's event loop or heap. A worker that answered is
// kept for the next file (starting one costs more than most files); one that ran out of memory
// or time is stopped and never reused.
const log = new Logger('Imports');

export type WorkerBudget = { heapMb: number; timeMs: number };
const DEFAULT_BUDGET: WorkerBudget = { heapMb: WORKER_HEAP_MB, timeMs: WORKER_TIME_MS };
const IDLE_MS = 60_000;

// Built, this file is dist/imports/read-in-worker.js beside sheet-worker.js. Under Jest it is the
// .ts source: the worker then compiles the .ts files it requires with swc, as Jest does.
const SOURCE_BOOTSTRAP = `
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { workerData } = require('node:worker_threads');
const swc = createRequire(workerData.entry)('@swc/core');
require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(readFileSync(filename, 'utf8'), { filename, module: { type: 'commonjs' }, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } });
  module._compile(code, filename);
};
require(workerData.entry);
`;

const startWorker = (budget: WorkerBudget): Worker => {
  const resourceLimits = { maxOldGenerationSizeMb: budget.heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 };
  if (__filename.endsWith('.ts')) {
    return new Worker(SOURCE_BOOTSTRAP, { eval: true, workerData: { entry: join(__dirname, 'sheet-worker.ts') }, resourceLimits });
  }
  return new Worker(join(__dirname, 'sheet-worker.js'), { resourceLimits });
};

const tooComplex = (why: string) =>
  invalid(
    'SPREADSHEET_TOO_COMPLEX',
    `Reading this file ${why}. Save just the sheet you are importing, with only the columns it needs, as .xlsx or .csv, and try again.`,
  );

// Idle workers of the default budget, each with the timer that stops it after IDLE_MS unused and
// the listener that forgets it if it ends while idle (an 'error' with no listener would throw).
type Parked = { worker: Worker; timer: NodeJS.Timeout; gone: () => void };
const idle: Parked[] = [];

const unpark = (parked: Parked) => {
  idle.splice(idle.indexOf(parked), 1);
  clearTimeout(parked.timer);
  parked.worker.off('exit', parked.gone).off('error', parked.gone);
  return parked.worker;
};

const park = (worker: Worker) => {
  worker.unref(); // an idle reader never keeps the process alive
  const parked: Parked = {
    worker,
    timer: setTimeout(() => void unpark(parked).terminate(), IDLE_MS).unref(),
    gone: () => idle.includes(parked) && unpark(parked),
  };
  worker.on('exit', parked.gone).on('error', parked.gone);
  idle.push(parked);
};

const takeWorker = (budget: WorkerBudget): Worker => {
  const parked = budget === DEFAULT_BUDGET ? idle[idle.length - 1] : undefined;
  return parked ? unpark(parked) : startWorker(budget);
};

const runJob = (job: ReadJob, budget: WorkerBudget): Promise<SheetRow[]> =>
  new Promise((resolve, reject) => {
    const worker = takeWorker(budget);
    worker.ref();
    const settle = (fn: () => void, reusable: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable && budget === DEFAULT_BUDGET) park(worker);
      else void worker.terminate();
      fn();
    };
    const onMessage = (answer: ReadAnswer) =>
      settle(() => {
        if (answer.ok) return resolve(answer.rows);
        if ('code' in answer) return reject(invalid(answer.code, answer.message, answer.details));
        log.warn({ msg: 'A sheet could not be read', failure: answer.failure });
        reject(invalid('SPREADSHEET_UNREADABLE', 'This file could not be read as a spreadsheet. Save it as .xlsx or .csv and try again.'));
      }, true);
    const onError = (e: Error & { code?: string }) =>
      settle(() => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return reject(tooComplex(`needed more than ${budget.heapMb} MB of memory, the limit for one import`));
        log.warn({ msg: 'The sheet reader failed', error: e.message });
        reject(tooComplex('failed'));
      }, false);
    const onExit = () => settle(() => reject(tooComplex('stopped before it finished')), false);
    const timer = setTimeout(
      () => settle(() => reject(tooComplex(`took longer than ${budget.timeMs / 1000} seconds, the limit for one import`)), false),
      budget.timeMs,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });

// At most MAX_READING_AT_ONCE files are read at once; a few more wait their turn, and past that an import is refused.
let reading = 0;
const waiting: (() => void)[] = [];

export const readInWorker = async (
  fileName: string,
  content: Buffer | string,
  columns: ColumnSpec[],
  limits: SheetLimits,
  budget: WorkerBudget = DEFAULT_BUDGET,
): Promise<SheetRow[]> => {
  if (reading >= MAX_READING_AT_ONCE) {
    if (waiting.length >= MAX_WAITING_TO_READ) {
      throw invalid('IMPORTS_BUSY', 'Too many spreadsheets are being imported right now. Try again in a minute.', {
        limit: MAX_READING_AT_ONCE + MAX_WAITING_TO_READ,
      });
    }
    await new Promise<void>((r) => waiting.push(r));
  } else reading++;
  try {
    return await runJob({ fileName, content: typeof content === 'string' ? content : new Uint8Array(content), columns, limits }, budget);
  } finally {
    const next = waiting.shift();
    if (next)
      next(); // the slot passes straight to the next in line
    else reading--;
  }
};

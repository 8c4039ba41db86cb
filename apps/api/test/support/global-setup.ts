// An empty folder for the seeded template that harnesses copy (harness.ts). The first harness of
// the run seeds it: this file must not load the app itself, because Nest's GraphQL metadata is
// process-wide and would then be registered twice (once here, once in the test files).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async () => {
  process.env.ORGLEDGER_TEST_TEMPLATE = mkdtempSync(join(tmpdir(), 'orgledger-api-template-')); // inherited by the workers
};

// Writes apps/api/schema.gql from the resolvers: boots the app once on an empty, throw-away store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleLogger } from '@nestjs/common';
import { configFromEnv } from '../platform/config';
import { createHttpApp, openContext } from '../platform/bootstrap';

const main = async () => {
  process.env.ORGLEDGER_WRITE_SCHEMA = '1';
  const dir = mkdtempSync(join(tmpdir(), 'orgledger-schema-'));
  try {
    const ctx = await openContext(configFromEnv({ DATA_DIR: dir, PORT: '0' }));
    const app = await createHttpApp(ctx, new ConsoleLogger({ logLevels: ['error'] }));
    await app.init();
    await app.close();
    await ctx.credentials.close();
    await ctx.readModels.close();
    await ctx.store.close();
    console.log('Wrote apps/api/schema.gql; now run `npm run codegen` for the web client.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});

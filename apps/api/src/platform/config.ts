import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type AppConfig = {
  port: number;
  host: string;
  dataDir: string;
  eventStore: 'sqlite';
  tokenSecret: Buffer;
  tokenTtlSeconds: number;
  webDist: string | null;
  maxBodyBytes: number;
};

// The token secret is generated once and kept in the data folder unless TOKEN_SECRET is given.
export const loadTokenSecret = (dataDir: string, fromEnv?: string): Buffer => {
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('TOKEN_SECRET must be at least 32 characters long.');
    return Buffer.from(fromEnv, 'utf8');
  }
  const file = join(dataDir, 'token-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64'), { mode: 0o600 });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
};

export const configFromEnv = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const dataDir = resolve(env.DATA_DIR ?? './data');
  mkdirSync(dataDir, { recursive: true });
  const store = env.EVENT_STORE ?? 'sqlite';
  if (store !== 'sqlite') throw new Error(`EVENT_STORE=${store} is not available in this build; use sqlite.`);
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a whole number from 0 to 65535, not ${env.PORT}.`);
  const webDist = resolve(__dirname, '..', '..', '..', 'web', 'dist');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    eventStore: 'sqlite',
    tokenSecret: loadTokenSecret(dataDir, env.TOKEN_SECRET),
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 8 * 3600),
    webDist: existsSync(join(webDist, 'index.html')) ? webDist : null,
    maxBodyBytes: 10 * 1024 * 1024, // spreadsheet imports arrive base64-encoded in the GraphQL body
  };
};

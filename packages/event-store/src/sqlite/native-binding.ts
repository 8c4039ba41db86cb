// Which compiled better-sqlite3 addon a connection loads. node_modules holds the one built for the
// Node that ran `npm ci` (20 on the build machines); `npm run test:node24` runs the same code under
// Node 24 with a second build of the addon (tools/node24) named by ORGLEDGER_SQLITE_BINDING, so the
// Node 20 build is never replaced. Unset: better-sqlite3's own lookup.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

export const SQLITE_BINDING_ENV = 'ORGLEDGER_SQLITE_BINDING';

export const sqliteBinding = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  const path = env[SQLITE_BINDING_ENV];
  if (!path) return undefined;
  if (!existsSync(path)) {
    throw new Error(`${SQLITE_BINDING_ENV} names ${path}, which does not exist: unset it, or run tools/node24/install.sh to build it.`);
  }
  return path;
};

// `new Database(file, options)`, loading the addon named by ORGLEDGER_SQLITE_BINDING when it is set.
export const openSqlite = (file: string, options: Database.Options = {}): Database.Database => {
  const nativeBinding = sqliteBinding();
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
};

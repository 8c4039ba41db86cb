import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite, SQLITE_BINDING_ENV, sqliteBinding } from './native-binding';

// The addon this process can load: the Node 24 build under `npm run test:node24`, node_modules' otherwise.
const usableAddon = () => process.env[SQLITE_BINDING_ENV] ?? require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
// Shared objects this process has mapped (Linux), to see which file a connection really loaded.
const mapped = () => readFileSync('/proc/self/maps', 'utf8');

describe('the better-sqlite3 addon a connection loads', () => {
  const saved = process.env[SQLITE_BINDING_ENV];
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'orgledger-binding-'));
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[SQLITE_BINDING_ENV];
    else process.env[SQLITE_BINDING_ENV] = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('is the one ORGLEDGER_SQLITE_BINDING names, so a second build (Node 24) can sit beside node_modules', () => {
    const copy = join(dir, 'copy-of-addon.node');
    copyFileSync(usableAddon(), copy);
    process.env[SQLITE_BINDING_ENV] = copy;
    expect(mapped()).not.toContain(copy);
    const db = openSqlite(':memory:');
    try {
      expect(db.prepare('SELECT 6 * 7 AS answer').get()).toEqual({ answer: 42 });
      expect(mapped()).toContain(copy);
    } finally {
      db.close();
    }
  });

  it('refuses a name that points at nothing, naming the variable and the path', () => {
    const missing = join(dir, 'nowhere', 'better_sqlite3.node');
    process.env[SQLITE_BINDING_ENV] = missing;
    expect(() => openSqlite(':memory:')).toThrow(`${SQLITE_BINDING_ENV} names ${missing}, which does not exist`);
  });

  it("is better-sqlite3's own lookup when the variable is unset or empty", () => {
    expect(sqliteBinding({})).toBeUndefined();
    expect(sqliteBinding({ [SQLITE_BINDING_ENV]: '' })).toBeUndefined();
  });
});

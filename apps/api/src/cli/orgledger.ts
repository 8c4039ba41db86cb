import { resolve, join } from 'node:path';
import { prepareDataDir } from '../platform/data-dir';
import { parseArgs } from 'node:util';
import { DomainError } from '@orgledger/domain';
import { openSqliteEventStore, type EventStore } from '@orgledger/event-store';
import { VERIFY_EXPORT_HELP, verifyExportCommand } from './verify-export';
import { WITNESS_HELP, witnessCommand } from './witness';
import { verifyAllTenants } from './verify';
import { MIGRATE_HELP, migrateCommand } from './migrate';
import { commandMeta, SYSTEM_ACTOR, type Deps } from '../platform/app-context';
import { sendDirect } from '../platform/command-handler';
import { seedDemo } from '../demo/seed';
import { createTenant } from '../tenancy/tenancy.commands';
import { addUserWithPassword, type IdentityDeps } from '../tenancy/invitations';
import { openCredentialStore } from '../platform/auth/credential-store';
import { loadTokenSecret } from '../platform/config';

const HELP = `orgledger — operator commands for an OrgLedger data folder

Usage:
  orgledger tenant create --name NAME --admin-email EMAIL --admin-password PASSWORD [--admin-name NAME] [--data-dir DIR]
      Create a consultancy tenant and its first tenant admin, through the same commands the API uses.
  orgledger verify [--data-dir DIR] [--public-key KEY] [--witness LOG]
      Check every tenant's hash chains (the first broken link), its signed checkpoints (signature,
      stream heads and log root), their sequence (no gaps), and that no event waited longer than
      AUDIT_SEAL_GRACE_MINUTES (default 2) for a checkpoint. KEY defaults to the server's key
      (AUDIT_SIGNING_KEY or the data folder's); an auditor passes the published one. With --witness,
      every checkpoint the witness log holds must still be in the store, unchanged. Exit code 2 if
      anything fails; each tenant's JSON line names what broke.
${VERIFY_EXPORT_HELP}
${WITNESS_HELP}
${MIGRATE_HELP}
  orgledger seed-demo [--data-dir DIR]
      Seed the demo consultancy (does nothing the second time).
  orgledger --help

--data-dir defaults to $DATA_DIR or ./data. Stop the API or not: the store allows one writer at a time and waits.`;

const openStore = (dataDir?: string) => {
  const dir = resolve(dataDir ?? process.env.DATA_DIR ?? './data');
  prepareDataDir(dir);
  return openSqliteEventStore({ file: join(dir, 'events.sqlite') });
};

const depsOf = (store: EventStore): Deps => ({
  store,
  send: sendDirect({ store, readModels: null }),
});

// Accounts need the credential store and the link key beside the event store.
const identityDepsOf = (store: EventStore, dataDir?: string): IdentityDeps => {
  const dir = resolve(dataDir ?? process.env.DATA_DIR ?? './data');
  return { ...depsOf(store), credentials: openCredentialStore(dir), config: { tokenSecret: loadTokenSecret(dir, process.env.TOKEN_SECRET) } };
};

export const main = async (argv: string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      'data-dir': { type: 'string' },
      name: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-password': { type: 'string' },
      'admin-name': { type: 'string' },
      'public-key': { type: 'string' },
      'from-data-dir': { type: 'string' },
      to: { type: 'string' },
      witness: { type: 'string' },
      log: { type: 'string' },
      ingest: { type: 'string' },
    },
  });
  const command = positionals.join(' ');
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? 0 : 1;
  }
  // offline: needs no data folder and opens no store
  if (positionals[0] === 'verify-export') return verifyExportCommand(positionals[1], values['public-key'], values.witness);
  if (command === 'witness') return witnessCommand(values.log, values.ingest, values['public-key']);
  if (command === 'migrate') return migrateCommand(values['from-data-dir'], values.to);
  const store = openStore(values['data-dir']);
  try {
    if (command === 'tenant create') {
      const missing = (['name', 'admin-email', 'admin-password'] as const).filter((k) => !values[k]);
      if (missing.length) {
        console.error(`orgledger: missing ${missing.map((m) => '--' + m).join(', ')}. See orgledger --help.`);
        return 1;
      }
      const deps = identityDepsOf(store, values['data-dir']);
      const tenantId = await createTenant(deps, commandMeta('pending', SYSTEM_ACTOR, {}), { name: values.name! });
      // The operator sets up the firm's first admin: the one invitation accepted on their behalf.
      const userId = await addUserWithPassword(
        deps,
        commandMeta(tenantId, SYSTEM_ACTOR, {}),
        { email: values['admin-email']!, displayName: values['admin-name'] ?? values['admin-email']!, role: 'tenant_admin' },
        values['admin-password']!,
      );
      await deps.credentials.close();
      console.log(JSON.stringify({ tenantId, adminUserId: userId }));
      return 0;
    }
    if (command === 'verify') {
      const dataDir = resolve(values['data-dir'] ?? process.env.DATA_DIR ?? './data');
      return await verifyAllTenants(store, { dataDir, publicKey: values['public-key'], witness: values.witness });
    }
    if (command === 'seed-demo') {
      const deps = identityDepsOf(store, values['data-dir']);
      const result = await seedDemo(deps);
      await deps.credentials.close();
      console.log(JSON.stringify(result));
      return 0;
    }
    console.error(`orgledger: unknown command "${command}".\n\n${HELP}`);
    return 1;
  } catch (e) {
    if (e instanceof DomainError) {
      console.error(`orgledger: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await store.close();
  }
};

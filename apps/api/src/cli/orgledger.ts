import { resolve, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DomainError } from '@orgledger/domain';
import { openSqliteEventStore, verifyChains, type EventStore } from '@orgledger/event-store';
import { verifyTenant } from '@orgledger/event-store';
import { loadAuditSigningKey } from '../audit/signing-key';
import { VERIFY_EXPORT_HELP, verifyExportCommand } from './verify-export';
import { MIGRATE_HELP, migrateCommand } from './migrate';
import { commandMeta, SYSTEM_ACTOR } from '../platform/app-context';
import { runCommand } from '../platform/command-pipeline';
import { seedDemo } from '../demo/seed';
import { createTenant, type Deps } from '../tenancy/tenancy.commands';
import { addUserWithPassword, type IdentityDeps } from '../tenancy/invitations';
import { openCredentialStore } from '../platform/auth/credential-store';
import { loadTokenSecret } from '../platform/config';

const HELP = `orgledger — operator commands for an OrgLedger data folder

Usage:
  orgledger tenant create --name NAME --admin-email EMAIL --admin-password PASSWORD [--admin-name NAME] [--data-dir DIR]
      Create a consultancy tenant and its first tenant admin, through the same commands the API uses.
  orgledger verify [--data-dir DIR]
      Check every tenant's hash chains and report the first broken link. Exit code 2 if any is broken.
      Also checks every sealed audit checkpoint (a deleted stream or a cut tail) with the data folder's audit key.
${VERIFY_EXPORT_HELP}
${MIGRATE_HELP}
  orgledger seed-demo [--data-dir DIR]
      Seed the demo consultancy (does nothing the second time).
  orgledger --help

--data-dir defaults to $DATA_DIR or ./data. Stop the API or not: the store allows one writer at a time and waits.`;

const openStore = (dataDir?: string) => {
  const dir = resolve(dataDir ?? process.env.DATA_DIR ?? './data');
  mkdirSync(dir, { recursive: true });
  return openSqliteEventStore({ file: join(dir, 'events.sqlite') });
};

const depsOf = (store: EventStore): Deps => ({ store, dispatch: (stream, decider, command, options) => runCommand(store, stream, decider, command, options) });

// Accounts need the credential store and the link key beside the event store.
const identityDepsOf = (store: EventStore, dataDir?: string): IdentityDeps => {
  const dir = resolve(dataDir ?? process.env.DATA_DIR ?? './data');
  return { ...depsOf(store), credentials: openCredentialStore(dir), config: { tokenSecret: loadTokenSecret(dir, process.env.TOKEN_SECRET) } };
};

const tenantIds = async (store: EventStore) => {
  const ids = new Set<string>();
  for await (const e of store.readAll({ filter: { categories: ['tenant'] } })) ids.add(e.metadata.tenantId);
  return [...ids];
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
    },
  });
  const command = positionals.join(' ');
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? 0 : 1;
  }
  // offline: needs no data folder and opens no store
  if (positionals[0] === 'verify-export') return verifyExportCommand(positionals[1], values['public-key']);
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
      deps.credentials.close();
      console.log(JSON.stringify({ tenantId, adminUserId: userId }));
      return 0;
    }
    if (command === 'verify') {
      const auditKey = () => loadAuditSigningKey(resolve(values['data-dir'] ?? process.env.DATA_DIR ?? './data'), process.env.AUDIT_SIGNING_KEY);
      let broken = 0;
      for (const tenantId of [...(await tenantIds(store)), 'global']) {
        const report = tenantId === 'global' ? await verifyChains(store, { tenantId }) : await verifyTenant(store, { tenantId, publicKey: auditKey().publicKey });
        if (!report.ok) broken++;
        console.log(JSON.stringify({ tenantId, ...report }));
      }
      console.log(broken ? `verify: ${broken} tenant(s) with a broken chain` : 'verify: every chain is intact');
      return broken ? 2 : 0;
    }
    if (command === 'seed-demo') {
      const deps = identityDepsOf(store, values['data-dir']);
      const result = await seedDemo(deps);
      deps.credentials.close();
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

import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleLogger } from '@nestjs/common';
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import type { Position, RecordedEvent } from '@orgledger/event-store';
import { configFromEnv } from '../../src/platform/config';
import { createHttpApp, openContext } from '../../src/platform/bootstrap';
import { commandMeta, SYSTEM_ACTOR, type AppContext } from '../../src/platform/app-context';
import { seedDemo, DEMO_PASSWORD } from '../../src/demo/seed';
import { createTenant } from '../../src/tenancy/tenancy.commands';
import { addUserWithPassword } from '../../src/tenancy/invitations';
import { derivedUuid } from '../../src/platform/ids';
import { sealAllTenants } from '../../src/audit/audit-sealer';

export { DEMO_PASSWORD };

// No background sealing: a checkpoint appended by the sealer between two counts would look like an
// event appended by the request under test. Tests seal on demand; the seeded data is sealed below.
export const TEST_ENV = { AUDIT_SEAL_INTERVAL_MINUTES: '0' };

export type Harness = {
  app: INestApplication;
  ctx: AppContext;
  demo: { tenantId: string; authorities: Record<string, string> };
  other: { tenantId: string; adminEmail: string };
  gql: (token: string | null, query: string, variables?: Record<string, unknown>) => Promise<{ status: number; body: GqlBody }>;
  signIn: (email: string, password?: string) => Promise<string>;
  eventCount: () => Promise<number>;
  // A refusal: the expected code (and fine code), and nothing appended to the store.
  refused: (
    token: string | null,
    query: string,
    variables: Record<string, unknown> | undefined,
    code: string,
    errorCode?: string,
  ) => Promise<{ status: number; body: GqlBody }>;
  eventsSince: (position: Position | null) => Promise<RecordedEvent[]>;
  close: () => Promise<void>;
};

export type GqlBody = { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };

// Logs go to a buffer so tests can assert that no password is ever written.
export const captureLogger = () => {
  const lines: string[] = [];
  class Capturing extends ConsoleLogger {
    protected override printMessages(messages: unknown[]) {
      lines.push(JSON.stringify(messages));
    }
  }
  return { logger: new Capturing({ json: true }), lines };
};

// What every harness starts from: the demo tenant and a second tenant with its admin.
export type Seeded = { demo: Harness['demo']; otherTenant: string };
const OTHER_ADMIN = 'admin@other.example';

export const seedHarnessData = async (ctx: AppContext): Promise<Seeded> => {
  const demo = await seedDemo(ctx);
  // Fixed command ids: re-opening a kept folder appends nothing the second time.
  const otherTenant = await createTenant(ctx, commandMeta('pending', SYSTEM_ACTOR, { commandId: derivedUuid('harness', 'tenant') }), {
    name: 'Other Consulting Ltd',
  });
  await addUserWithPassword(
    ctx,
    commandMeta(otherTenant, SYSTEM_ACTOR, { commandId: derivedUuid('harness', 'admin') }),
    { email: OTHER_ADMIN, displayName: 'Other Admin', role: 'tenant_admin' },
    DEMO_PASSWORD,
  );
  return { demo, otherTenant };
};

// As a running API's sealer would within seconds of seeding: a kept template is otherwise older than
// the grace window verify allows events to wait for a checkpoint (AUDIT_SEAL_GRACE_MINUTES).
const sealSeeded = async (ctx: AppContext, seeded: Seeded): Promise<Seeded> => {
  await sealAllTenants(ctx.store, ctx.config.auditKey);
  return seeded;
};

// The seeded folder made once per test run: test/support/global-setup.ts names an empty folder, the
// first harness seeds it (others wait), and every fresh harness copies it instead of seeding the demo
// again, which took most of each spec's time.
const SEEDED_FILE = 'harness-seeded.json';
const LOCK_FILE = 'seeding.lock';

const seededTemplate = async (): Promise<string | null> => {
  const template = process.env.ORGLEDGER_TEST_TEMPLATE;
  if (!template || !existsSync(template)) return null; // a run without the global setup seeds each harness
  const seeded = join(template, SEEDED_FILE);
  let mine = false;
  try {
    closeSync(openSync(join(template, LOCK_FILE), 'wx'));
    mine = true;
  } catch {
    // another worker is seeding it, or has
  }
  if (mine) {
    const dir = join(template, 'data');
    const ctx = await openContext(configFromEnv({ DATA_DIR: dir, PORT: '0', ...TEST_ENV }));
    try {
      writeFileSync(`${seeded}.tmp`, JSON.stringify(await sealSeeded(ctx, await seedHarnessData(ctx))));
    } finally {
      await ctx.credentials.close();
      await ctx.readModels.close();
      await ctx.store.close();
    }
    renameSync(`${seeded}.tmp`, seeded); // the last step, so waiting workers never copy half a folder
  }
  for (let waited = 0; !existsSync(seeded); waited += 100) {
    if (waited > 120_000) throw new Error(`The seeded test template in ${template} never appeared.`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return template;
};

const fromTemplate = async (dir: string): Promise<Seeded | null> => {
  const template = await seededTemplate();
  if (!template) return null;
  cpSync(join(template, 'data'), dir, { recursive: true });
  return JSON.parse(readFileSync(join(template, SEEDED_FILE), 'utf8')) as Seeded;
};

// The real AppModule over a real SQLite store in a fresh folder: the demo tenant plus a second one.
// With `dir`, that folder is opened (and seeded, which appends nothing the second time).
export const startHarness = async (options: { dir?: string; keep?: boolean } = {}): Promise<Harness & { logs: string[]; dir: string }> => {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'orgledger-api-'));
  const copied = options.dir ? null : await fromTemplate(dir);
  const ctx = await openContext(configFromEnv({ DATA_DIR: dir, PORT: '0', ...TEST_ENV }));
  // a kept folder opened again is seeded again (which appends nothing) but not sealed again
  const { demo, otherTenant } = copied ?? (options.dir ? await seedHarnessData(ctx) : await sealSeeded(ctx, await seedHarnessData(ctx)));
  const adminEmail = OTHER_ADMIN;
  const { logger, lines } = captureLogger();
  const app = await createHttpApp(ctx, logger);
  await app.init();
  const gql: Harness['gql'] = async (token, query, variables) => {
    const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, body: res.body as GqlBody };
  };
  const tokens = new Map<string, string>();
  const signIn = async (email: string, password = DEMO_PASSWORD) => {
    if (password === DEMO_PASSWORD && tokens.has(email)) return tokens.get(email)!;
    const res = await gql(null, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', { i: { email, password } });
    if (!res.body.data?.signIn) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(res.body.errors)}`);
    tokens.set(email, res.body.data.signIn.token);
    return res.body.data.signIn.token as string;
  };
  const eventsSince = async (position: Position | null) => {
    const out: RecordedEvent[] = [];
    for await (const e of ctx.store.readAll({ from: position ?? 'start' })) out.push(e);
    return out;
  };
  const eventCount = async () => (await eventsSince(null)).length;
  const refused: Harness['refused'] = async (token, query, variables, code, errorCode) => {
    const before = await eventCount();
    const res = await gql(token, query, variables);
    expect(codeOf(res.body)).toBe(code);
    if (errorCode) expect(res.body.errors![0].extensions!.errorCode).toBe(errorCode);
    expect(await eventCount()).toBe(before);
    return res;
  };
  return {
    app,
    ctx,
    refused,
    demo,
    other: { tenantId: otherTenant, adminEmail },
    gql,
    signIn,
    dir,
    logs: lines,
    eventCount,
    eventsSince,
    close: async () => {
      await app.close();
      await ctx.credentials.close();
      await ctx.readModels.close();
      await ctx.store.close();
      if (!options.keep) rmSync(dir, { recursive: true, force: true });
    },
  };
};

export const codeOf = (body: GqlBody) => body.errors?.[0]?.extensions?.code;

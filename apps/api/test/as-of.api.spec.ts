import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { openSqlite, openSqliteEventStore, positionToString, type RecordedEvent } from '@orgledger/event-store';
import { createHttpApp, openContext } from '../src/platform/bootstrap';
import { configFromEnv } from '../src/platform/config';
import type { AppContext } from '../src/platform/app-context';
import { captureLogger, codeOf, DEMO_PASSWORD, startHarness, type GqlBody } from './support/harness';
import { addUser, base64, IMPORT_POSTS, makeAuthority } from './support/fixtures';

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type IntrospectedType = {
  name: string;
  kind: string;
  fields: { name: string; args: { type: TypeRef; defaultValue: string | null }[]; type: TypeRef }[] | null;
};

const INTROSPECT =
  '{ __schema { types { name kind fields { name args { type { kind name ofType { kind name ofType { kind name } } } defaultValue } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }';

// Every field a screen could ask for, three levels deep: the whole answer is compared.
const selectionFor = (types: Map<string, IntrospectedType>, name: string, depth: number): string => {
  const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
  const out: string[] = [];
  for (const f of types.get(name)?.fields ?? []) {
    if (f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null)) continue;
    const t = named(f.type);
    if (t.kind === 'SCALAR' || t.kind === 'ENUM') out.push(f.name);
    else if (t.kind === 'OBJECT' && depth > 0) {
      const inner = selectionFor(types, t.name!, depth - 1);
      if (inner) out.push(`${f.name} { ${inner} }`);
    }
  }
  return out.join(' ');
};

// A fresh API over a store holding only the events up to `position` (a byte-for-byte copy of
// those rows), signed tokens shared with the first one.
const bootPrefix = async (sourceDir: string, position: bigint) => {
  const dir = mkdtempSync(join(tmpdir(), 'orgledger-prefix-'));
  copyFileSync(join(sourceDir, 'token-secret'), join(dir, 'token-secret'));
  await openSqliteEventStore({ file: join(dir, 'events.sqlite') }).close();
  const db = openSqlite(join(dir, 'events.sqlite'));
  db.prepare('ATTACH DATABASE ? AS src').run(join(sourceDir, 'events.sqlite'));
  db.exec('BEGIN');
  db.prepare('INSERT INTO events SELECT * FROM src.events WHERE position <= ?').run(position);
  db.exec(`INSERT INTO stream_heads (stream, revision, hash)
    SELECT stream, revision, hash FROM events e WHERE revision = (SELECT MAX(revision) FROM events WHERE stream = e.stream)`);
  db.exec('COMMIT');
  db.exec('DETACH DATABASE src');
  db.close();
  const ctx: AppContext = await openContext(configFromEnv({ DATA_DIR: dir, PORT: '0' }));
  const app: INestApplication = await createHttpApp(ctx, captureLogger().logger);
  await app.init();
  return {
    query: async (token: string, query: string) =>
      (await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${token}`).send({ query })).body as GqlBody,
    close: async () => {
      await app.close();
      await ctx.readModels.close();
      await ctx.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

// A small deterministic generator, so a failure names its seed and can be re-run.
const random = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

describe('as at: every query as it stood at a date-time or store position', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let consultant: string;
  let other: string;
  let queries: Record<string, string>;
  let events: RecordedEvent[];
  let dealshire: Awaited<ReturnType<typeof makeAuthority>>;
  const SEED = 20261126;

  const asOf = async (token: string, query: string, at: string | null, variables?: Record<string, unknown>) => {
    const req = request(h.app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${token}`);
    if (at !== null) req.set('x-orgledger-as-of', at);
    const res = await req.send({ query, variables });
    return { status: res.status, body: res.body as GqlBody };
  };

  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    other = await h.signIn(h.other.adminEmail);
    // the demo seed, then a council of our own with a generated negotiation and a design
    dealshire = await makeAuthority(h, consultant, 'Asatshire Council');
    const sheet = [
      'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
      'HWY-1,Highways,Officer,G6,17,1,EMP-1,no,36400',
      'HWY-2,Highways,Engineer,G9,29,1,EMP-2,no,50200',
      'WST-1,Waste,Officer,G6,17,1,,yes,36400',
    ].join('\n');
    await h.gql(consultant, IMPORT_POSTS, { i: { authorityId: dealshire.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
    const posts = (await h.gql(consultant, 'query($a: ID!) { posts(authorityId: $a) { id reference } }', { a: dealshire.authorityId })).body.data!.posts as {
      id: string;
      reference: string;
    }[];
    const post = Object.fromEntries(posts.map((p) => [p.reference, p.id]));
    await addUser(h, {
      email: 'roads@asatshire.example',
      displayName: 'Roads Director',
      role: 'SERVICE_DIRECTOR',
      password: DEMO_PASSWORD,
      authorityId: dealshire.authorityId,
      serviceId: dealshire.services.Highways,
    });
    const director = await h.signIn('roads@asatshire.example');
    const rand = random(SEED);
    const terms = (fte: number) => ({
      sourcePosts: [{ postId: post['HWY-1'], fte }],
      budget: [{ financialYear: '2026/27', pence: fte * 60_000 }],
      effectiveDate: '2027-04-01',
      linkedChange: 'Highways restructure',
      rationale: 'Contract monitoring moves to the central team',
    });
    const proposed = await h.gql(consultant, 'mutation($i: ProposeFteDealInput!) { proposeFteDeal(input: $i) { id } }', {
      i: { programmeId: dealshire.programmeId, serviceId: dealshire.services.Highways, terms: terms(800), reason: 'Opening offer' },
    });
    const dealId = proposed.body.data!.proposeFteDeal.id as string;
    for (let round = 0; round < 6; round += 1) {
      const who = round % 2 === 0 ? director : consultant;
      const fte = 100 * (2 + Math.floor(rand() * 7));
      await h.gql(who, 'mutation($i: DealOfferInput!) { counterFteDeal(input: $i) { id } }', {
        i: { dealId, terms: terms(fte), reason: `Round ${round + 1}` },
      });
    }
    await h.gql(director, 'mutation($i: DealStepInput!) { agreeFteDeal(input: $i) { id } }', { i: { dealId, reason: 'Agreed at the board' } });
    const option = await h.gql(consultant, 'mutation($i: DraftDesignOptionInput!) { draftDesignOption(input: $i) { optionId } }', {
      i: { programmeId: dealshire.programmeId, name: 'Option A' },
    });
    const optionId = option.body.data!.draftDesignOption.optionId as string;
    for (const title of ['Contract Manager', 'Contract Officer']) {
      await h.gql(consultant, 'mutation($i: AddDesignPostInput!) { addDesignPost(input: $i) { designPostId } }', {
        i: {
          programmeId: dealshire.programmeId,
          optionId,
          title,
          grade: 9,
          fte: 1000,
          responsibilities: ['Monitor supplier KPIs'],
          indicativeCostPence: 5_000_000,
        },
      });
    }
    events = await h.eventsSince(null);

    const types = new Map(((await h.gql(consultant, INTROSPECT)).body.data!.__schema.types as IntrospectedType[]).map((t) => [t.name, t]));
    const northshire = (await h.gql(consultant, `{ authority(id: "${h.demo.authorities.northshire}") { programmes { id } } }`)).body.data!.authority
      .programmes[0].id as string;
    const root = (field: string, args: string) => {
      const type = types.get('Query')!.fields!.find((f) => f.name === field)!.type;
      const named = (t: TypeRef): string => (t.ofType ? named(t.ofType) : t.name!);
      const inner = selectionFor(types, named(type), 3);
      return `{ ${field}${args} ${inner ? `{ ${inner} }` : ''} }`;
    };
    queries = {
      me: root('me', ''),
      authorities: root('authorities', ''),
      posts: root('posts', `(authorityId: "${dealshire.authorityId}")`),
      fteDeals: root('fteDeals', `(programmeId: "${dealshire.programmeId}")`),
      northshireDeals: root('fteDeals', `(programmeId: "${northshire}")`),
      fundingPosition: root('fundingPosition', `(programmeId: "${dealshire.programmeId}")`),
      functionDesign: root('functionDesign', `(programmeId: "${dealshire.programmeId}")`),
      northshireDesign: root('functionDesign', `(programmeId: "${northshire}")`),
      compareDesignOptions: root('compareDesignOptions', `(programmeId: "${dealshire.programmeId}")`),
      designAuthority: root('designAuthority', `(programmeId: "${northshire}")`),
      awaitingMe: root('awaitingMe', ''),
    };
  }, 60_000);
  afterAll(() => h.close());

  it('answers, at random cut points, exactly what a fresh API over only that prefix of the history answers', async () => {
    const rand = random(SEED + 1);
    // The consultant must exist in the prefix to sign in there; a cut ends a group of events
    // that happened at the same instant, so the date form means the same cut.
    const first = events.findIndex((e) => e.type === 'UserRegistered' && e.data.email === 'consultant@meridian.example') + 1;
    const ends = events
      .map((_, i) => i)
      .filter((i) => i >= first && (i === events.length - 1 || events[i + 1].metadata.occurredAt > events[i].metadata.occurredAt));
    const cuts = [...new Set([...Array.from({ length: 4 }, () => ends[Math.floor(rand() * ends.length)]), ends[ends.length - 1]])].sort((a, b) => a - b);
    const answered = new Set<string>();
    for (const cut of cuts) {
      const at = events[cut];
      const prefix = await bootPrefix(h.dir, at.position.commit);
      try {
        for (const [name, query] of Object.entries(queries)) {
          const expected = await prefix.query(consultant, query);
          const byPosition = await asOf(consultant, query, positionToString(at.position));
          expect({ name, cut, body: byPosition.body }).toEqual({ name, cut, body: expected });
          if (!expected.errors) answered.add(name);
        }
        // the date-time form, on a few queries
        for (const name of ['fteDeals', 'authorities', 'fundingPosition']) {
          expect((await asOf(consultant, queries[name], at.metadata.occurredAt)).body).toEqual(await prefix.query(consultant, queries[name]));
        }
        // the asOf argument: one root field at the cut, another as now, in one request (fields
        // below each root field follow it)
        const field = queries.authorities.slice(1, -1).trim();
        const both = await asOf(
          consultant,
          `{ then: ${field.replace('authorities', `authorities(asOf: "${positionToString(at.position)}")`)} now: ${field} }`,
          null,
        );
        expect(both.body.data!.then).toEqual((await prefix.query(consultant, queries.authorities)).data!.authorities);
        expect(both.body.data!.now).toEqual((await h.gql(consultant, queries.authorities)).body.data!.authorities);
      } finally {
        await prefix.close();
      }
    }
    // every query answered with data at one cut at least, so the comparisons above are not vacuous
    expect([...answered].sort()).toEqual(Object.keys(queries).sort());
  }, 60_000);

  it('a deal shows as countered before it was agreed, with the negotiation as it stood', async () => {
    const agreed = events.find((e) => e.type === 'FteDealAgreed' && e.metadata.tenantId === h.demo.tenantId && e.streamName.includes(dealshire.programmeId))!;
    const before = events[events.indexOf(agreed) - 1];
    const res = await asOf(
      consultant,
      `{ fteDeals(programmeId: "${dealshire.programmeId}") { status history { action } } }`,
      positionToString(before.position),
    );
    expect(res.body.data!.fteDeals[0].status).toBe('COUNTERED');
    expect(res.body.data!.fteDeals[0].history.map((s: { action: string }) => s.action)).not.toContain('AGREED');
  });

  it('reads the moment through the request, not the shared context: a live request at the same time answers now', async () => {
    const registered = events.find((e) => e.type === 'AuthorityRegistered' && e.data.authorityId === dealshire.authorityId)!;
    const before = positionToString(events[events.indexOf(registered) - 1].position);
    const ids = (r: { body: GqlBody }) => (r.body.data!.authorities as { id: string }[]).map((a) => a.id);
    const [past, now, pastArg] = await Promise.all([
      asOf(consultant, '{ authorities { id } }', before),
      asOf(consultant, '{ authorities { id } }', null),
      asOf(consultant, 'query($at: String) { authorities(asOf: $at) { id } now: authorities { id } }', null, { at: before }),
    ]);
    expect(ids(past)).not.toContain(dealshire.authorityId);
    expect(ids(now)).toContain(dealshire.authorityId);
    // one request, two root fields: only the one with asOf answers as at
    expect(ids(pastArg)).toEqual(ids(past));
    expect((pastArg.body.data!.now as { id: string }[]).map((a) => a.id)).toEqual(ids(now));
    // the context every slice shares keeps plain fields: nothing answers per request through it
    for (const field of ['store', 'readModels'] as const) expect(Object.getOwnPropertyDescriptor(h.ctx, field)).toMatchObject({ writable: true });
  });

  it("another tenant's position or date reveals nothing of the first tenant", async () => {
    const last = events[events.length - 1];
    const otherLast = [...events].reverse().find((e) => e.metadata.tenantId === h.other.tenantId)!;
    const live = (await h.gql(other, '{ authorities { id name } me { tenantName } }')).body.data;
    expect(live).toEqual({ authorities: [], me: { tenantName: 'Other Consulting Ltd' } });
    // the first tenant's latest date and an earlier position of theirs: the second tenant's own records
    const earlier = events.find((e) => e.metadata.tenantId === h.demo.tenantId && e.position.commit > otherLast.position.commit)!;
    for (const at of [last.metadata.occurredAt, positionToString(otherLast.position)]) {
      expect((await asOf(other, '{ authorities { id name } me { tenantName } }', at)).body.data).toEqual(live);
    }
    // a position after the second tenant's latest event is refused whoever made it
    const after = await asOf(other, '{ authorities { id } }', positionToString(earlier.position));
    const never = await asOf(other, '{ authorities { id } }', '99999999999:99999999999');
    expect(after.body).toEqual(never.body);
    const theirs = await asOf(other, `{ fteDeals(programmeId: "${dealshire.programmeId}") { id } }`, last.metadata.occurredAt);
    const unknown = await h.gql(other, '{ fteDeals(programmeId: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(codeOf(theirs.body)).toBe(codeOf(unknown.body));
    expect(theirs.body.errors![0].message).toBe(unknown.body.errors![0].message.replace('00000000-0000-4000-8000-000000000000', dealshire.programmeId));
  });

  it('refuses mutations in as-at mode, and bad or future values, with nothing appended', async () => {
    const before = await h.eventCount();
    const at = positionToString(events[events.length - 1].position);
    const mutation = await asOf(consultant, 'mutation($i: RegisterAuthorityInput!) { registerAuthority(input: $i) { id } }', at, {
      i: { name: 'Nope', kind: 'District council' },
    });
    expect(codeOf(mutation.body)).toBe('FORBIDDEN');
    expect(mutation.body.errors![0].message).toMatch(/^Read-only: as-at mode/);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    for (const [value, errorCode] of [
      ['yesterday', 'AS_OF_INVALID'],
      ['2025-02-30T10:00:00Z', 'AS_OF_INVALID'],
      ['2025-03-01T10:00:00', 'AS_OF_INVALID'],
      ['1:2:3', 'AS_OF_INVALID'],
      ['x'.repeat(10_000), 'AS_OF_INVALID'],
      [future, 'AS_OF_IN_FUTURE'],
      ['99999999999:99999999999', 'AS_OF_AFTER_LATEST'],
    ]) {
      const header = await asOf(consultant, '{ authorities { id } }', value);
      expect([value.slice(0, 30), header.status, codeOf(header.body), header.body.errors![0].extensions!.errorCode]).toEqual([
        value.slice(0, 30),
        400,
        'BAD_USER_INPUT',
        errorCode,
      ]);
      const arg = await h.gql(consultant, 'query($at: String) { authorities(asOf: $at) { id } }', { at: value });
      expect([codeOf(arg.body), arg.body.errors![0].extensions!.errorCode]).toEqual(['BAD_USER_INPUT', errorCode]);
    }
    expect(await h.eventCount()).toBe(before);
  });
});

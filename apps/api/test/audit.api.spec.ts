import request from 'supertest';
import { codeOf, startHarness, type Harness } from './support/harness';

const HISTORY = `query($f: DecisionHistoryFilter!, $first: Int, $offset: Int) {
  decisionHistory(filter: $f, first: $first, offset: $offset) {
    authorityId total offset contexts eventTypes actors { id name role }
    items { eventId position streamName context eventType sentence actorId actorName actorRole occurredAt reason raw }
  }
}`;
const DIFF = `query($p: ID!, $from: String!, $to: String!) {
  programmeDiff(programmeId: $p, from: $from, to: $to) { from to items { area change label before after causedBy { eventId sentence actorName reason } } }
}`;
const ACCESS = '{ auditAccessLog(first: 100) { total items { at userName role operation authorityId authorityName } } }';

type Item = {
  eventId: string;
  position: string;
  context: string;
  eventType: string;
  sentence: string;
  actorId: string;
  actorName: string;
  occurredAt: string;
  reason: string | null;
  raw: string;
};

let h: Harness;
let northshire: string;
let eastbrook: string;
let auditor: string;
let admin: string;

beforeAll(async () => {
  h = await startHarness();
  ({ northshire, eastbrook } = h.demo.authorities);
  auditor = await h.signIn('auditor@meridian.example');
  admin = await h.signIn('admin@meridian.example');
}, 60_000);
afterAll(() => h.close());

const history = async (token: string, f: Record<string, unknown>, first = 200) => {
  const res = await h.gql(token, HISTORY, { f, first });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.decisionHistory as { total: number; items: Item[]; contexts: string[]; eventTypes: string[]; actors: { id: string; name: string }[] };
};

describe('decision history', () => {
  it('tells an auditor every decision of a granted authority, newest first, as sentences with the raw event', async () => {
    const page = await history(auditor, { authorityId: northshire });
    expect(page.total).toBeGreaterThan(100);
    const positions = page.items.map((i) => Number(i.position.split(':')[0]));
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
    const counter = page.items.find((i) => i.eventType === 'FteDealCountered' && i.sentence.includes('Highways deal'))!;
    expect(counter.sentence).toMatch(
      /^Service director of Highways \(invited by Priya Shah\) countered the Highways deal: [\d.]+ → [\d.]+ FTE, £[\d,.]+ → £[\d,.]+$/,
    );
    expect(counter.reason).toBe('The permit scheme stays with the service');
    const raw = JSON.parse(counter.raw);
    expect(raw).toMatchObject({ eventId: counter.eventId, type: 'FteDealCountered', metadata: { authorityId: northshire } });
    expect(raw.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(page.contexts).toEqual(expect.arrayContaining(['authority', 'fteDeals', 'functionDesign']));
    expect(page.items.every((i) => !i.raw.includes('passwordHash'))).toBe(true);
  });

  it('filters by context, event type, entity, actor and date range, and pages', async () => {
    const all = await history(auditor, { authorityId: northshire });
    const deals = await history(auditor, { authorityId: northshire, context: 'fteDeals' });
    expect(deals.items.length).toBeGreaterThan(5);
    expect(deals.items.every((i) => i.context === 'fteDeals')).toBe(true);
    const dealId = JSON.parse(deals.items.find((i) => i.eventType === 'FteDealProposed')!.raw).data.dealId;
    const oneDeal = await history(auditor, { authorityId: northshire, entityId: dealId });
    expect(oneDeal.items.length).toBeGreaterThan(0);
    expect(oneDeal.items.every((i) => i.raw.includes(dealId))).toBe(true);
    expect(oneDeal.items.at(-1)!.eventType).toBe('FteDealProposed');
    const agreed = await history(auditor, { authorityId: northshire, eventType: 'FteDealAgreed' });
    expect(agreed.items.length).toBeGreaterThan(0);
    expect(agreed.items.every((i) => i.eventType === 'FteDealAgreed')).toBe(true);
    const someone = all.items[0].actorId;
    const byActor = await history(auditor, { authorityId: northshire, actorId: someone });
    expect(byActor.total).toBe(all.items.filter((i) => i.actorId === someone).length);
    const day = all.items[0].occurredAt.slice(0, 10);
    expect((await history(auditor, { authorityId: northshire, from: day, to: day })).total).toBe(all.total);
    expect((await history(auditor, { authorityId: northshire, to: '2000-01-01' })).total).toBe(0);
    const second = await h.gql(auditor, HISTORY, { f: { authorityId: northshire }, first: 10, offset: 10 });
    expect(second.body.data!.decisionHistory.items.map((i: Item) => i.eventId)).toEqual(all.items.slice(10, 20).map((i) => i.eventId));
  });

  it("reads a programme's history by programme id for a consultant, and refuses portal users", async () => {
    const consultant = await h.signIn('consultant@meridian.example');
    const programmes = await h.gql(consultant, `query($id: ID!) { authority(id: $id) { programmes { id } } }`, { id: northshire });
    const programmeId = programmes.body.data!.authority.programmes[0].id;
    const page = await history(consultant, { programmeId });
    expect(page.items.length).toBeGreaterThan(10);
    expect(page.items.every((i) => i.raw.includes(programmeId))).toBe(true);
    await h.refused(await h.signIn('hr@northshire.example'), HISTORY, { f: { authorityId: northshire } }, 'FORBIDDEN');
  });

  it('stops at the as-at moment, and sees what is recorded after it once back to now', async () => {
    const all = await history(auditor, { authorityId: northshire });
    const cut = all.items[Math.floor(all.items.length / 2)];
    const res = await h.gql(
      auditor,
      `query($f: DecisionHistoryFilter!, $at: String) { decisionHistory(filter: $f, first: 200, asOf: $at) { total items { eventId position } } }`,
      { f: { authorityId: northshire }, at: cut.position },
    );
    expect(res.body.errors).toBeUndefined();
    const past = res.body.data!.decisionHistory as { total: number; items: { eventId: string }[] };
    const upToCut = all.items.slice(all.items.indexOf(cut));
    expect(past.total).toBe(all.total - all.items.indexOf(cut));
    expect(past.items.map((i) => i.eventId)).toEqual(upToCut.map((i) => i.eventId));
    const before = await history(auditor, { authorityId: northshire, context: 'authority' });
    const consultant = await h.signIn('consultant@meridian.example');
    const dir = await h.gql(consultant, 'query($id: ID!) { authority(id: $id) { directorates { id } } }', { id: northshire });
    const added = await h.gql(consultant, 'mutation($i: AddServiceInput!) { addService(input: $i) { id } }', {
      i: { authorityId: northshire, directorateId: dir.body.data!.authority.directorates[0].id, name: 'Coroner and Registration' },
    });
    expect(added.body.errors).toBeUndefined();
    const after = await history(auditor, { authorityId: northshire, context: 'authority' });
    expect(after.total).toBe(before.total + 1);
    expect(after.items[0].sentence).toContain('Coroner and Registration');
  });

  it("answers an authority not granted, another tenant's and an unknown one alike, and refuses bad input", async () => {
    const unknown = await h.refused(auditor, HISTORY, { f: { authorityId: '00000000-0000-4000-8000-000000000000' } }, 'NOT_FOUND');
    const notGranted = await h.refused(auditor, HISTORY, { f: { authorityId: eastbrook } }, 'NOT_FOUND');
    const otherTenant = await h.refused(await h.signIn(h.other.adminEmail), HISTORY, { f: { authorityId: northshire } }, 'NOT_FOUND');
    expect(notGranted.body.errors![0].message.replace(eastbrook, 'X')).toBe(
      unknown.body.errors![0].message.replace('00000000-0000-4000-8000-000000000000', 'X'),
    );
    expect(otherTenant.body.errors![0].message.replace(northshire, 'X')).toBe(
      unknown.body.errors![0].message.replace('00000000-0000-4000-8000-000000000000', 'X'),
    );
    await h.refused(auditor, HISTORY, { f: {} }, 'BAD_USER_INPUT');
    await h.refused(auditor, HISTORY, { f: { authorityId: northshire }, first: 0 }, 'BAD_USER_INPUT');
    await h.refused(auditor, HISTORY, { f: { authorityId: northshire }, first: 5000 }, 'BAD_USER_INPUT');
    await h.refused(auditor, HISTORY, { f: { authorityId: northshire, from: 'last tuesday' } }, 'BAD_USER_INPUT');
    await h.refused(auditor, HISTORY, { f: { authorityId: northshire, entityId: 'x'.repeat(500) } }, 'BAD_USER_INPUT');
  });
});

describe('diff between two moments', () => {
  it('shows the Highways deal going from countered to agreed, linked to the agreement', async () => {
    const deals = await history(auditor, { authorityId: northshire, context: 'fteDeals' });
    const agreed = deals.items.find((i) => i.eventType === 'FteDealAgreed' && i.sentence.includes('Highways deal'))!;
    const programmeId = JSON.parse(agreed.raw).streamName.split('_')[1].split('.')[0];
    const before = `${Number(agreed.position.split(':')[0]) - 1}:${Number(agreed.position.split(':')[0]) - 1}`;
    const res = await h.gql(auditor, DIFF, { p: programmeId, from: before, to: agreed.position });
    expect(res.body.errors).toBeUndefined();
    const items = res.body.data!.programmeDiff.items as {
      area: string;
      change: string;
      label: string;
      before: string;
      after: string;
      causedBy: { eventId: string; sentence: string }[];
    }[];
    const deal = items.find((i) => i.label === 'Highways deal')!;
    expect(deal).toMatchObject({ area: 'deals', change: 'changed' });
    expect(deal.before).toMatch(/^countered: /);
    expect(deal.after).toMatch(/^agreed: /);
    expect(deal.causedBy).toEqual([expect.objectContaining({ eventId: agreed.eventId, sentence: agreed.sentence })]);
    expect(items.find((i) => i.label === 'FTE agreed')).toMatchObject({ area: 'funding', change: 'changed' });
    expect(items.filter((i) => i.area === 'design')).toEqual([]);
    // from the very start everything in the design is new
    const whole = await h.gql(auditor, DIFF, { p: programmeId, from: '2000-01-01', to: new Date().toISOString() });
    expect(whole.body.data!.programmeDiff.items.some((i: { area: string; change: string }) => i.area === 'design' && i.change === 'added')).toBe(true);
    await h.refused(auditor, DIFF, { p: programmeId, from: 'yesterday', to: agreed.position }, 'BAD_USER_INPUT');
  });
});

describe('access', () => {
  it('refuses every mutation of the schema to an auditor with FORBIDDEN, appending nothing', async () => {
    const ref = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
    const schema = await h.gql(
      admin,
      `{ __schema {
      mutationType { fields { name type { ${ref} } args { name type { ${ref} } } } }
      types { name kind enumValues { name } inputFields { name type { ${ref} } } }
    } }`,
    );
    type Ref = { kind: string; name: string | null; ofType: Ref | null };
    type Type = { name: string; kind: string; enumValues: { name: string }[] | null; inputFields: { name: string; type: Ref }[] | null };
    const { mutationType, types } = schema.body.data!.__schema as {
      mutationType: { fields: { name: string; type: Ref; args: { name: string; type: Ref }[] }[] };
      types: Type[];
    };
    const byName = new Map(types.map((t) => [t.name, t]));
    const typeText = (r: Ref): string => (r.kind === 'NON_NULL' ? `${typeText(r.ofType!)}!` : r.kind === 'LIST' ? `[${typeText(r.ofType!)}]` : r.name!);
    const named = (r: Ref): Ref => (r.ofType ? named(r.ofType) : r);
    // the smallest value GraphQL accepts for a type: required fields only, lists empty
    const sample = (r: Ref): unknown => {
      if (r.kind === 'NON_NULL') return sample(r.ofType!);
      if (r.kind === 'LIST') return [];
      const t = byName.get(r.name!)!;
      if (t.kind === 'ENUM') return t.enumValues![0].name;
      if (t.kind === 'INPUT_OBJECT') return Object.fromEntries(t.inputFields!.filter((f) => f.type.kind === 'NON_NULL').map((f) => [f.name, sample(f.type)]));
      return { ID: '00000000-0000-4000-8000-000000000000', String: 'x', Boolean: false }[t.name] ?? 1;
    };
    expect(mutationType.fields.length).toBeGreaterThan(30);
    const before = await h.eventCount();
    // signIn and the two link mutations are public (a link, not a token, says who acts); signOut and
    // changePassword act on the auditor's own account, not on any record
    const notRecords = ['signIn', 'acceptInvitation', 'resetPassword', 'signOut', 'changePassword'];
    for (const f of mutationType.fields.filter((m) => !notRecords.includes(m.name))) {
      const args = f.args.filter((a) => a.type.kind === 'NON_NULL');
      const vars = args.length ? `(${args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ')})` : '';
      const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
      const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(byName.get(named(f.type).name!)!.kind) ? ' { __typename }' : '';
      const res = await h.gql(auditor, `mutation${vars} { ${f.name}${call}${selection} }`, Object.fromEntries(args.map((a) => [a.name, sample(a.type)])));
      expect([f.name, codeOf(res.body)]).toEqual([f.name, 'FORBIDDEN']);
    }
    expect(await h.eventCount()).toBe(before);
  });

  it('records each auditor query (who, what, which authority, when) for tenant admins only, with no argument values', async () => {
    const before = (await h.gql(admin, ACCESS)).body.data!.auditAccessLog.total as number;
    await h.gql(auditor, HISTORY, { f: { authorityId: northshire, eventType: 'secret-looking-value' } });
    const log = (await h.gql(admin, ACCESS)).body.data!.auditAccessLog;
    expect(log.total).toBe(before + 1);
    expect(log.items[0]).toMatchObject({
      userName: 'Jordan Ellis',
      role: 'auditor',
      operation: 'decisionHistory',
      authorityId: northshire,
      authorityName: 'Northshire County Council',
    });
    expect(Date.now() - Date.parse(log.items[0].at)).toBeLessThan(60_000);
    expect(JSON.stringify(log)).not.toContain('secret-looking-value');
    // the admin's own queries are not an auditor's
    expect((await h.gql(admin, ACCESS)).body.data!.auditAccessLog.total).toBe(before + 1);
    await h.refused(auditor, ACCESS, undefined, 'FORBIDDEN');
    await h.refused(await h.signIn('consultant@meridian.example'), ACCESS, undefined, 'FORBIDDEN');
    expect((await h.gql(await h.signIn(h.other.adminEmail), ACCESS)).body.data!.auditAccessLog.total).toBe(0);
  });

  it('publishes the audit public key by query and at a well-known address', async () => {
    const key = (await h.gql(null, '{ auditPublicKey { algorithm keyId publicKeyPem } }')).body.data!.auditPublicKey;
    expect(key.algorithm).toBe('Ed25519');
    expect(key.publicKeyPem).toContain('BEGIN PUBLIC KEY');
    const res = await request(h.app.getHttpServer()).get('/.well-known/orgledger-audit-key');
    expect(res.status).toBe(200);
    expect(res.text).toBe(key.publicKeyPem);
  });
});

import { codeOf, startHarness } from './support/harness';

const AUTHORITIES = '{ authorities { id name directorates { id name } services { id name } programmes { name stage } } }';
const AUTHORITY = 'query($id: ID!) { authority(id: $id) { id name } }';
const ADD_DIRECTORATE = 'mutation($i: AddDirectorateInput!) { addDirectorate(input: $i) { id directorates { name } } }';
const ADD_SERVICE = 'mutation($i: AddServiceInput!) { addService(input: $i) { id services { name directorateId } } }';
const REGISTER = 'mutation($i: RegisterAuthorityInput!) { registerAuthority(input: $i) { id name kind } }';
const UNKNOWN_ID = '0190a0a0-0000-7000-8000-000000000000';

describe('authorities and programmes', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());

  it('shows a consultant every authority of the tenant with its structure and programme', async () => {
    const token = await h.signIn('consultant@meridian.example');
    const res = await h.gql(token, AUTHORITIES);
    const names = res.body.data!.authorities.map((a: { name: string }) => a.name);
    expect(names).toEqual(['Northshire County Council', 'Eastbrook Borough Council']);
    const northshire = res.body.data!.authorities[0];
    expect(northshire.directorates).toHaveLength(4);
    expect(northshire.services).toHaveLength(15);
    expect(northshire.programmes).toEqual([{ name: 'Central contract management function', stage: 'done' }]);
  });

  it('shows a service director and an auditor only the authorities they belong to or are granted', async () => {
    for (const email of ['director.highways@northshire.example', 'auditor@meridian.example']) {
      const token = await h.signIn(email);
      const res = await h.gql(token, AUTHORITIES);
      expect(res.body.data!.authorities.map((a: { id: string }) => a.id)).toEqual([h.demo.authorities.northshire]);
      const hidden = await h.gql(token, AUTHORITY, { id: h.demo.authorities.eastbrook });
      expect(codeOf(hidden.body)).toBe('NOT_FOUND');
    }
  });

  it('answers another tenant exactly as if the authority did not exist, and changes nothing', async () => {
    const other = await h.signIn(h.other.adminEmail);
    const theirs = await h.gql(other, AUTHORITY, { id: h.demo.authorities.northshire });
    const unknown = await h.gql(other, AUTHORITY, { id: UNKNOWN_ID });
    expect(codeOf(theirs.body)).toBe('NOT_FOUND');
    expect(theirs.body.errors![0].message.replace(h.demo.authorities.northshire, 'ID')).toBe(unknown.body.errors![0].message.replace(UNKNOWN_ID, 'ID'));
    expect((await h.gql(other, AUTHORITIES)).body.data!.authorities).toEqual([]);
    const before = await h.eventCount();
    const write = await h.gql(other, ADD_DIRECTORATE, { i: { authorityId: h.demo.authorities.northshire, name: 'Hijack' } });
    expect(codeOf(write.body)).toBe('NOT_FOUND');
    expect(await h.eventCount()).toBe(before);
  });

  it('lets a consultant add a directorate and a service, recording who, when and why', async () => {
    const token = await h.signIn('consultant@meridian.example');
    const head = await h.ctx.store.headPosition();
    const dir = await h.gql(token, ADD_DIRECTORATE, {
      i: { authorityId: h.demo.authorities.eastbrook, name: 'Place', reason: 'Per the org chart of 1 October' },
    });
    expect(dir.body.errors).toBeUndefined();
    const added = (await h.eventsSince(head)).filter((e) => e.type === 'DirectorateAdded');
    expect(added).toHaveLength(1);
    expect(added[0].streamName).toBe(`authority-${h.demo.tenantId}_${h.demo.authorities.eastbrook}`);
    expect(added[0].metadata).toMatchObject({
      tenantId: h.demo.tenantId,
      authorityId: h.demo.authorities.eastbrook,
      actor: { role: 'consultant', displayName: 'Alex Morgan' },
      reason: 'Per the org chart of 1 October',
    });
    const directorateId = added[0].data.directorateId as string;
    const svc = await h.gql(token, ADD_SERVICE, { i: { authorityId: h.demo.authorities.eastbrook, directorateId, name: 'Parks' } });
    expect(svc.body.data!.addService.services).toContainEqual({ name: 'Parks', directorateId });
  });

  it('applies a retried request with the same command id once', async () => {
    const token = await h.signIn('consultant@meridian.example');
    const commandId = '0190a0a0-1111-7000-8000-000000000001';
    const input = { i: { commandId, name: 'Westvale District Council', kind: 'District council' } };
    const first = await h.gql(token, REGISTER, input);
    const before = await h.eventCount();
    const again = await h.gql(token, REGISTER, input);
    expect(again.body.data!.registerAuthority).toEqual(first.body.data!.registerAuthority);
    expect(await h.eventCount()).toBe(before);
  });

  it('refuses bad input with a clear message and appends nothing', async () => {
    const token = await h.signIn('consultant@meridian.example');
    const before = await h.eventCount();
    const cases: [string, Record<string, unknown>, string][] = [
      [REGISTER, { i: { name: '', kind: 'County council' } }, 'BAD_USER_INPUT'],
      [REGISTER, { i: { name: 'x'.repeat(500), kind: 'County council' } }, 'BAD_USER_INPUT'],
      [ADD_DIRECTORATE, { i: { authorityId: 'not-an-id', name: 'Place' } }, 'BAD_USER_INPUT'],
      [ADD_DIRECTORATE, { i: { authorityId: UNKNOWN_ID, name: 'Place' } }, 'NOT_FOUND'],
      [ADD_DIRECTORATE, { i: { authorityId: h.demo.authorities.northshire, name: 'resources' } }, 'BAD_USER_INPUT'],
      [ADD_SERVICE, { i: { authorityId: h.demo.authorities.northshire, directorateId: UNKNOWN_ID, name: 'X' } }, 'NOT_FOUND'],
      [REGISTER, { i: { name: 42, kind: 'County council' } }, 'BAD_USER_INPUT'],
      [REGISTER, { i: { kind: 'County council' } }, 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, code] of cases) {
      const res = await h.gql(token, query, variables);
      expect({ variables, code: codeOf(res.body) }).toEqual({ variables, code });
      expect(res.status).toBeLessThan(500);
      expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    }
    expect(await h.eventCount()).toBe(before);
  });

  it('keeps auditors and portal users from changing anything', async () => {
    const before = await h.eventCount();
    for (const email of ['auditor@meridian.example', 'director.highways@northshire.example', 'hr@northshire.example']) {
      const token = await h.signIn(email);
      const res = await h.gql(token, ADD_DIRECTORATE, { i: { authorityId: h.demo.authorities.northshire, name: 'Shadow' } });
      expect(codeOf(res.body)).toBe('FORBIDDEN');
    }
    expect(await h.eventCount()).toBe(before);
  });

  it('refuses oversized bodies, malformed JSON and over-deep queries without a server error', async () => {
    const token = await h.signIn('consultant@meridian.example');
    const long = await h.gql(token, REGISTER, { i: { name: 'x'.repeat(1024 * 1024), kind: 'k' } });
    expect(codeOf(long.body)).toBe('BAD_USER_INPUT');
    const big = await h.gql(token, REGISTER, { i: { name: 'x'.repeat(11 * 1024 * 1024), kind: 'k' } });
    expect(big.status).toBe(413);
    expect(codeOf(big.body)).toBe('BAD_USER_INPUT');
    expect(big.body.errors![0].message).toBe('The request is too large; the limit is 10 MB.');
    const deep = await h.gql(token, `{ ${'authorities { programmes { '.repeat(1)} name } } me { id } }`);
    expect(deep.body.errors).toBeUndefined();
    const nested = '{ authorities ' + '{ directorates '.repeat(12) + '{ id }' + ' }'.repeat(12) + ' }';
    const tooDeep = await h.gql(token, nested);
    expect(codeOf(tooDeep.body)).toBe('BAD_USER_INPUT');
    expect(tooDeep.body.errors!.map((e) => e.message)).toContain('This query is nested 13 levels deep; the limit is 10.');
    expect(tooDeep.body.errors![0].extensions!.errorCode).toBe('QUERY_TOO_DEEP');
    const { getIntrospectionQuery } = await import('graphql');
    const standard = await h.gql(token, getIntrospectionQuery());
    expect(standard.body.errors).toBeUndefined();
    expect(standard.body.data!.__schema.queryType.name).toBe('Query');
    const deepIntrospection = `{ __schema { types { fields { type { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } } } } }`;
    const tooDeepIntrospection = (await h.gql(token, deepIntrospection)).body.errors![0];
    expect(tooDeepIntrospection.message).toMatch(/^This introspection query is nested \d+ levels deep; the limit is 15\.$/);
    expect(tooDeepIntrospection.extensions!.errorCode).toBe('INTROSPECTION_TOO_DEEP');
    const request = (await import('supertest')).default;
    const malformed = await request(h.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].message).toBe('The request body is not valid JSON.');
  });

  it('lets exactly one of several concurrent edits made from the same revision win; the rest get CONFLICT', async () => {
    const token = await h.signIn('consultant@meridian.example');
    const { revision } = (await h.gql(token, 'query($id: ID!) { authority(id: $id) { revision } }', { id: h.demo.authorities.eastbrook })).body.data!.authority;
    const before = await h.eventCount();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        h.gql(token, ADD_DIRECTORATE, { i: { authorityId: h.demo.authorities.eastbrook, name: `Concurrent ${n}`, expectedRevision: revision } }),
      ),
    );
    const codes = answers.map((a) => (a.body.errors ? codeOf(a.body) : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect(await h.eventCount()).toBe(before + 1);
    const stale = await h.gql(token, ADD_DIRECTORATE, { i: { authorityId: h.demo.authorities.eastbrook, name: 'Late', expectedRevision: revision } });
    expect(stale.body.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', errorCode: 'STALE_REVISION' } });
    const negative = await h.gql(token, ADD_DIRECTORATE, { i: { authorityId: h.demo.authorities.eastbrook, name: 'Late', expectedRevision: -1 } });
    expect(codeOf(negative.body)).toBe('BAD_USER_INPUT');
  });
});

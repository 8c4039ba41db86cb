import request from 'supertest';
import { signToken } from '../src/platform/auth/token';
import { codeOf, DEMO_PASSWORD, startHarness } from './support/harness';

const ME = '{ me { id email role tenantName authorityIds } }';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token expiresAt me { email role tenantName } } }';

describe('sign-in and tokens', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());

  it('signs in with the right password and answers me from the token', async () => {
    const res = await h.gql(null, SIGN_IN, { i: { email: 'Consultant@Meridian.example ', password: DEMO_PASSWORD } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.signIn.me).toEqual({ email: 'consultant@meridian.example', role: 'CONSULTANT', tenantName: 'Meridian Change Partners' });
    const me = await h.gql(res.body.data!.signIn.token, ME);
    expect(me.body.data!.me.authorityIds).toHaveLength(2);
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const wrong = await h.gql(null, SIGN_IN, { i: { email: 'consultant@meridian.example', password: 'not-the-password' } });
    const unknown = await h.gql(null, SIGN_IN, { i: { email: 'nobody@nowhere.example', password: 'not-the-password' } });
    expect(codeOf(wrong.body)).toBe('UNAUTHENTICATED');
    expect(wrong.body.errors![0].message).toBe('Email or password is not right.');
    expect(unknown.body.errors![0]).toEqual(wrong.body.errors![0]);
  });

  it('throttles repeated failed sign-ins for an email, even with the right password after', async () => {
    const email = 'sam.okafor@meridian.example';
    for (let i = 0; i < 5; i++) await h.gql(null, SIGN_IN, { i: { email, password: `wrong-password-${i}` } });
    const res = await h.gql(null, SIGN_IN, { i: { email, password: DEMO_PASSWORD } });
    expect(codeOf(res.body)).toBe('UNAUTHENTICATED');
    expect(res.body.errors![0].extensions).toMatchObject({ errorCode: 'TOO_MANY_ATTEMPTS', details: { rule: 'EMAIL_DELAY' } });
    expect(res.body.errors![0].message).toMatch(/^Too many failed sign-ins for this email\. Try again in \d+ seconds?\.$/);
  });

  it('rejects a missing, forged, expired and tampered token', async () => {
    const token = await h.signIn('consultant@meridian.example');
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);
    const forged = signToken({ ...claims }, Buffer.from('x'.repeat(48)));
    const expired = signToken({ ...claims, iat: now - 7200, exp: now - 60 }, h.ctx.config.tokenSecret);
    const otherTenant = signToken({ ...claims, tid: h.other.tenantId }, h.ctx.config.tokenSecret);
    const [body, , sig] = token.split('.');
    const tampered = `${body}.${Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url')}.${sig}`;
    for (const t of [null, forged, expired, tampered, otherTenant]) {
      const res = await h.gql(t, ME);
      expect(codeOf(res.body)).toBe('UNAUTHENTICATED');
      expect(res.body.data ?? null).toBeNull();
    }
  });

  it('never writes a password to the logs or returns a hash', async () => {
    const admin = await h.signIn('admin@meridian.example');
    const users = await h.gql(admin, '{ users { email role } }');
    expect(JSON.stringify(users.body)).not.toMatch(/scrypt|passwordHash/);
    const joined = h.logs.join('\n');
    expect(joined).not.toContain(DEMO_PASSWORD);
    expect(joined).not.toContain('wrong-password-');
    expect(joined).toContain('"path":"/graphql"');
  });

  it('serves /healthz and /readyz', async () => {
    const health = await request(h.app.getHttpServer()).get('/healthz');
    const ready = await request(h.app.getHttpServer()).get('/readyz');
    expect(health.body).toEqual({ status: 'up' });
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
  });
});

describe('users and roles', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());

  const REGISTER = 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id email role authorityId } token } }';

  it('lets a consultant invite a portal user who then sets a password, signs in and sees only their authority', async () => {
    const consultant = await h.signIn('consultant@meridian.example');
    const res = await h.gql(consultant, REGISTER, {
      i: {
        email: 'ops@northshire.example',
        displayName: 'Ops Lead',
        role: 'HR_PARTNER',
        authorityId: h.demo.authorities.northshire,
        reason: 'HR lead for the programme',
      },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.inviteUser.user).toMatchObject({ email: 'ops@northshire.example', role: 'HR_PARTNER', authorityId: h.demo.authorities.northshire });
    const accept = 'mutation($i: UseLinkInput!) { acceptInvitation(input: $i) { token } }';
    expect((await h.gql(null, accept, { i: { token: res.body.data!.inviteUser.token, password: 'a-long-pass-phrase-1' } })).body.errors).toBeUndefined();
    const token = await h.signIn('ops@northshire.example', 'a-long-pass-phrase-1');
    const me = await h.gql(token, ME);
    expect(me.body.data!.me.authorityIds).toEqual([h.demo.authorities.northshire]);
  });

  it('refuses a consultant adding consultancy staff, a bad email and an address taken in the same firm, appending nothing', async () => {
    const consultant = await h.signIn('consultant@meridian.example');
    const before = await h.eventCount();
    const base = { email: 'new@meridian.example', displayName: 'New', role: 'HR_PARTNER', authorityId: h.demo.authorities.northshire };
    const cases = [
      { i: { ...base, role: 'CONSULTANT', authorityId: null }, code: 'BAD_USER_INPUT' },
      { i: { ...base, email: 'not-an-email' }, code: 'BAD_USER_INPUT' },
      { i: { ...base, email: 'hr@northshire.example' }, code: 'CONFLICT' },
      { i: { ...base, authorityId: '0190a0a0-0000-7000-8000-000000000000' }, code: 'NOT_FOUND' },
      { i: { ...base, role: 'SERVICE_DIRECTOR' }, code: 'BAD_USER_INPUT' },
    ];
    for (const c of cases) {
      const res = await h.gql(consultant, REGISTER, { i: c.i });
      expect({ i: c.i, code: codeOf(res.body) }).toEqual({ i: c.i, code: c.code });
      expect(res.body.errors![0].message.length).toBeGreaterThan(10);
    }
    expect(await h.eventCount()).toBe(before);
  });

  it('keeps users lists to tenant admins, and to their own tenant', async () => {
    const consultant = await h.signIn('consultant@meridian.example');
    expect(codeOf((await h.gql(consultant, '{ users { email } }')).body)).toBe('FORBIDDEN');
    const otherAdmin = await h.signIn(h.other.adminEmail);
    const emails = (await h.gql(otherAdmin, '{ users { email } }')).body.data!.users.map((u: { email: string }) => u.email);
    expect(emails).toEqual([h.other.adminEmail]);
  });

  it('grants an auditor access only within the tenant', async () => {
    const admin = await h.signIn('admin@meridian.example');
    const users = (await h.gql(admin, '{ users { id email } }')).body.data!.users as { id: string; email: string }[];
    const auditor = users.find((u) => u.email === 'auditor@meridian.example')!;
    const GRANT = 'mutation($i: GrantAuditorAccessInput!) { grantAuditorAccess(input: $i) { auditorAuthorityIds } }';
    const ok = await h.gql(admin, GRANT, { i: { userId: auditor.id, authorityId: h.demo.authorities.eastbrook, reason: 'External audit scope' } });
    expect(ok.body.data!.grantAuditorAccess.auditorAuthorityIds).toEqual([h.demo.authorities.northshire, h.demo.authorities.eastbrook]);
    const otherAdmin = await h.signIn(h.other.adminEmail);
    const before = await h.eventCount();
    const cross = await h.gql(otherAdmin, GRANT, { i: { userId: auditor.id, authorityId: h.demo.authorities.eastbrook } });
    expect(codeOf(cross.body)).toBe('NOT_FOUND');
    expect(await h.eventCount()).toBe(before);
  });

  it('deactivates a user: their token stops working and they cannot sign in; revokes an auditor grant', async () => {
    const admin = await h.signIn('admin@meridian.example');
    const finance = await h.signIn('finance@northshire.example');
    const users = (await h.gql(admin, '{ users { id email } }')).body.data!.users as { id: string; email: string }[];
    const byEmail = (e: string) => users.find((u) => u.email === e)!.id;
    const DEACTIVATE = 'mutation($i: DeactivateUserInput!) { deactivateUser(input: $i) { active } }';
    const self = await h.gql(admin, DEACTIVATE, { i: { userId: byEmail('admin@meridian.example') } });
    expect(codeOf(self.body)).toBe('BAD_USER_INPUT');
    const done = await h.gql(admin, DEACTIVATE, { i: { userId: byEmail('finance@northshire.example'), reason: 'Left the council' } });
    expect(done.body.data!.deactivateUser).toEqual({ active: false });
    expect(codeOf((await h.gql(finance, ME)).body)).toBe('UNAUTHENTICATED');
    const again = await h.gql(null, SIGN_IN, { i: { email: 'finance@northshire.example', password: DEMO_PASSWORD } });
    expect(again.body.errors![0].message).toBe('Email or password is not right.');

    const REVOKE = 'mutation($i: RevokeAuditorAccessInput!) { revokeAuditorAccess(input: $i) { auditorAuthorityIds } }';
    const revoked = await h.gql(admin, REVOKE, { i: { userId: byEmail('auditor@meridian.example'), authorityId: h.demo.authorities.northshire } });
    expect(revoked.body.data!.revokeAuditorAccess.auditorAuthorityIds).not.toContain(h.demo.authorities.northshire);
    const twice = await h.gql(admin, REVOKE, { i: { userId: byEmail('auditor@meridian.example'), authorityId: h.demo.authorities.northshire } });
    expect(codeOf(twice.body)).toBe('CONFLICT');
  });

  it('refuses an over-long reason and a malformed command id before anything is written', async () => {
    const consultant = await h.signIn('consultant@meridian.example');
    const before = await h.eventCount();
    const REGISTER_AUTHORITY = 'mutation($i: RegisterAuthorityInput!) { registerAuthority(input: $i) { id } }';
    const long = await h.gql(consultant, REGISTER_AUTHORITY, { i: { name: 'A council', kind: 'County council', reason: 'x'.repeat(2001) } });
    expect(codeOf(long.body)).toBe('BAD_USER_INPUT');
    expect(long.body.errors![0].message).toMatch(/reason/i);
    const badId = await h.gql(consultant, REGISTER_AUTHORITY, { i: { name: 'A council', kind: 'County council', commandId: 'retry-1' } });
    expect(codeOf(badId.body)).toBe('BAD_USER_INPUT');
    expect(await h.eventCount()).toBe(before);
  });
});

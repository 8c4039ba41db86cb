import { signToken } from '../src/platform/auth/token';
import { codeOf, DEMO_PASSWORD, startHarness } from './support/harness';

const INVITE = 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id email status invitedBy active } token expiresAt } }';
const ACCEPT = 'mutation($i: UseLinkInput!) { acceptInvitation(input: $i) { token me { email } } }';
const RESET_ISSUE = 'mutation($i: IssuePasswordResetInput!) { issuePasswordReset(input: $i) { token expiresAt } }';
const RESET = 'mutation($i: UseLinkInput!) { resetPassword(input: $i) { token } }';
const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token } }';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token } }';
const ME = '{ me { email } }';

describe('accounts: invitations, links, passwords and sessions', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let admin: string;
  let consultant: string;
  const northshire = () => h.demo.authorities.northshire;
  const storedText = async () => JSON.stringify(await h.eventsSince(null), (_k, v) => (typeof v === 'bigint' ? String(v) : v));
  const invite = (token: string, email: string, extra: Record<string, unknown> = {}) =>
    h.gql(token, INVITE, { i: { email, displayName: 'Invited Person', role: 'HR_PARTNER', authorityId: northshire(), ...extra } });
  beforeAll(async () => {
    h = await startHarness();
    admin = await h.signIn('admin@meridian.example');
    consultant = await h.signIn('consultant@meridian.example');
  });
  afterAll(() => h.close());

  it('invites without a password: the account cannot sign in until its person sets one through the single-use link', async () => {
    const res = await invite(consultant, 'new.hr@northshire.example');
    const { user, token } = res.body.data!.inviteUser;
    expect(user).toMatchObject({ status: 'INVITED', active: false, invitedBy: 'Alex Morgan' });
    expect(codeOf((await h.gql(null, SIGN_IN, { i: { email: 'new.hr@northshire.example', password: DEMO_PASSWORD } })).body)).toBe('UNAUTHENTICATED');
    // Nothing in the log lets anyone sign in: neither the link's secret nor a password hash.
    const stored = await storedText();
    expect(stored).not.toContain(token.split('.')[2]);
    const accepted = await h.gql(null, ACCEPT, { i: { token, password: 'my own pass phrase 42' } });
    expect(accepted.body.data!.acceptInvitation.me.email).toBe('new.hr@northshire.example');
    expect(await storedText()).not.toMatch(/scrypt\$/);
    await h.refused(null, ACCEPT, { i: { token, password: 'another pass phrase 43' } }, 'BAD_USER_INPUT', 'LINK_NOT_VALID');
    await h.refused(null, ACCEPT, { i: { token: 'not-a-link', password: 'another pass phrase 43' } }, 'BAD_USER_INPUT', 'LINK_NOT_VALID');
    expect(await h.signIn('new.hr@northshire.example', 'my own pass phrase 42')).toBeTruthy();
  });

  it('refuses a short password and one of the most common, leaving the invitation open', async () => {
    const { token } = (await invite(admin, 'common.pw@northshire.example')).body.data!.inviteUser;
    await h.refused(null, ACCEPT, { i: { token, password: 'short' } }, 'BAD_USER_INPUT', 'WEAK_PASSWORD');
    await h.refused(null, ACCEPT, { i: { token, password: 'leavemealone' } }, 'BAD_USER_INPUT', 'COMMON_PASSWORD');
    await h.refused(null, ACCEPT, { i: { token, password: 'Password123456' } }, 'BAD_USER_INPUT', 'COMMON_PASSWORD');
    expect((await h.gql(null, ACCEPT, { i: { token, password: 'a quiet harbour at dawn' } })).body.errors).toBeUndefined();
  });

  it('answers an address held in another tenant exactly like a fresh one, and refuses it only at acceptance without naming the holder', async () => {
    const otherAdmin = await h.signIn(h.other.adminEmail);
    const input = { role: 'CONSULTANT', authorityId: null };
    const taken = await invite(otherAdmin, 'finance@northshire.example', input);
    const fresh = await invite(otherAdmin, 'fresh.person@northshire.example', input);
    const shape = (r: typeof taken) => ({
      errors: r.body.errors,
      keys: Object.keys(r.body.data!.inviteUser),
      user: { ...r.body.data!.inviteUser.user, id: 'x', email: 'x' },
    });
    expect(shape(taken)).toEqual(shape(fresh));
    const res = await h.refused(
      null,
      ACCEPT,
      { i: { token: taken.body.data!.inviteUser.token, password: 'squatting is not allowed 1' } },
      'CONFLICT',
      'EMAIL_ALREADY_REGISTERED',
    );
    expect(res.body.errors![0].message).not.toMatch(/meridian|northshire council|tenant/i);
    expect(codeOf((await h.gql(null, SIGN_IN, { i: { email: 'finance@northshire.example', password: 'squatting is not allowed 1' } })).body)).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('signs out on the server: the token stops working, a new sign-in works', async () => {
    const token = (await h.gql(null, SIGN_IN, { i: { email: 'hr@northshire.example', password: DEMO_PASSWORD } })).body.data!.signIn.token;
    expect((await h.gql(token, 'mutation { signOut }')).body.data!.signOut).toBe(true);
    expect(codeOf((await h.gql(token, ME)).body)).toBe('UNAUTHENTICATED');
    const again = (await h.gql(null, SIGN_IN, { i: { email: 'hr@northshire.example', password: DEMO_PASSWORD } })).body.data!.signIn.token;
    expect((await h.gql(again, ME)).body.data!.me.email).toBe('hr@northshire.example');
  });

  it('lets a read-only auditor sign out, while every change to a record stays refused to them', async () => {
    const token = (await h.gql(null, SIGN_IN, { i: { email: 'auditor@meridian.example', password: DEMO_PASSWORD } })).body.data!.signIn.token;
    await h.refused(
      token,
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { token } }',
      { i: { email: 'x@y.example', displayName: 'X', role: 'HR_PARTNER', authorityId: northshire() } },
      'FORBIDDEN',
      'AUDITOR_READ_ONLY',
    );
    expect((await h.gql(token, 'mutation { signOut }')).body.data!.signOut).toBe(true);
    expect(codeOf((await h.gql(token, ME)).body)).toBe('UNAUTHENTICATED');
  });

  it('changes a password with the current one: other sessions end, this one carries on with a fresh token', async () => {
    const email = 'da@northshire.example';
    const first = (await h.gql(null, SIGN_IN, { i: { email, password: DEMO_PASSWORD } })).body.data!.signIn.token;
    const wrong = await h.gql(first, CHANGE, { i: { currentPassword: 'not my password', newPassword: 'a brand new pass phrase' } });
    expect(wrong.body.errors![0].extensions!.errorCode).toBe('CURRENT_PASSWORD_WRONG');
    const common = await h.gql(first, CHANGE, { i: { currentPassword: DEMO_PASSWORD, newPassword: 'iloveyou12345' } });
    expect(common.body.errors![0].extensions!.errorCode).toBe('COMMON_PASSWORD');
    const fresh = (await h.gql(first, CHANGE, { i: { currentPassword: DEMO_PASSWORD, newPassword: 'a brand new pass phrase' } })).body.data!.changePassword
      .token;
    expect(codeOf((await h.gql(first, ME)).body)).toBe('UNAUTHENTICATED');
    expect((await h.gql(fresh, ME)).body.data!.me.email).toBe(email);
    expect(codeOf((await h.gql(null, SIGN_IN, { i: { email, password: DEMO_PASSWORD } })).body)).toBe('UNAUTHENTICATED');
    expect(await h.signIn(email, 'a brand new pass phrase')).toBeTruthy();
  });

  it('resets a password through a link a tenant admin issues; the link works once and ends earlier sessions', async () => {
    const email = 'ism@northshire.example';
    const before = (await h.gql(null, SIGN_IN, { i: { email, password: DEMO_PASSWORD } })).body.data!.signIn.token;
    const users = (await h.gql(admin, '{ users { id email } }')).body.data!.users as { id: string; email: string }[];
    const userId = users.find((u) => u.email === email)!.id;
    await h.refused(consultant, RESET_ISSUE, { i: { userId } }, 'FORBIDDEN', 'ROLE_NOT_ALLOWED');
    const link = (await h.gql(admin, RESET_ISSUE, { i: { userId } })).body.data!.issuePasswordReset.token;
    expect((await h.gql(null, RESET, { i: { token: link, password: 'reset to a long phrase' } })).body.errors).toBeUndefined();
    expect(codeOf((await h.gql(before, ME)).body)).toBe('UNAUTHENTICATED');
    await h.refused(null, RESET, { i: { token: link, password: 'and again a long phrase' } }, 'BAD_USER_INPUT', 'LINK_NOT_VALID');
    expect(await h.signIn(email, 'reset to a long phrase')).toBeTruthy();
  });

  it("answers another tenant's user id exactly like an unknown one when issuing a reset", async () => {
    const otherAdmin = await h.signIn(h.other.adminEmail);
    const users = (await h.gql(admin, '{ users { id email } }')).body.data!.users as { id: string; email: string }[];
    const theirs = users.find((u) => u.email === 'consultant@meridian.example')!.id;
    const cross = await h.refused(otherAdmin, RESET_ISSUE, { i: { userId: theirs } }, 'NOT_FOUND', 'USER_NOT_FOUND');
    const unknown = await h.refused(otherAdmin, RESET_ISSUE, { i: { userId: '0190a0a0-0000-7000-8000-000000000000' } }, 'NOT_FOUND', 'USER_NOT_FOUND');
    expect(cross.body.errors![0].message.replace(theirs, 'ID')).toBe(unknown.body.errors![0].message.replace('0190a0a0-0000-7000-8000-000000000000', 'ID'));
  });

  it('refuses a cached short-lived token once it has expired', async () => {
    const token = await h.signIn('consultant@meridian.example');
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);
    const shortLived = signToken({ ...claims, iat: now, exp: now + 2 }, h.ctx.config.tokenSecret);
    expect((await h.gql(shortLived, ME)).body.data!.me.email).toBe('consultant@meridian.example'); // verified, then cached
    await new Promise((r) => setTimeout(r, 3000));
    expect(codeOf((await h.gql(shortLived, ME)).body)).toBe('UNAUTHENTICATED');
  });
});

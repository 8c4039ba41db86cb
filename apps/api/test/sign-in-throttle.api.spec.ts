import { DEMO_PASSWORD, startHarness } from './support/harness';

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token } }';
const CLEAR = 'mutation($i: ClearSignInLockInput!) { clearSignInLock(input: $i) { email failures retryAfterSeconds } }';

describe('sign-in throttle', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());

  const signIn = (email: string, password: string) => h.gql(null, SIGN_IN, { i: { email, password } });
  const ruleOf = (body: { errors?: { extensions?: Record<string, any> }[] }) => body.errors?.[0]?.extensions?.details?.rule;
  const failFiveTimes = async (email: string) => {
    for (let i = 0; i < 5; i++) expect((await signIn(email, `wrong-password-${i}`)).body.errors![0].message).toBe('Email or password is not right.');
  };

  it('checks one password per email at a time: parallel attempts are refused at once, not queued', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => signIn('nobody.parallel@nowhere.example', `wrong-password-${i}`)));
    const checked = answers.filter((r) => r.body.errors?.[0]?.extensions?.errorCode === 'SIGN_IN_FAILED');
    const refused = answers.filter((r) => r.body.errors?.[0]?.extensions?.errorCode === 'TOO_MANY_ATTEMPTS');
    expect(checked).toHaveLength(1);
    expect(refused).toHaveLength(5);
    for (const r of refused) {
      expect(ruleOf(r.body)).toBe('EMAIL_IN_FLIGHT');
      expect(r.body.errors![0].extensions!.details.retryAfterSeconds).toBe(1);
      expect(r.body.data ?? null).toBeNull();
    }
  });

  it('a tenant admin clears the delay on their own user: the right password works again at once', async () => {
    const email = 'sam.okafor@meridian.example';
    await failFiveTimes(email);
    expect(ruleOf((await signIn(email, DEMO_PASSWORD)).body)).toBe('EMAIL_DELAY');
    const admin = await h.signIn('admin@meridian.example');
    const cleared = await h.gql(admin, CLEAR, { i: { email: ' Sam.Okafor@meridian.example ' } });
    expect(cleared.body.data!.clearSignInLock).toEqual({ email, failures: 0, retryAfterSeconds: 0 });
    const again = await signIn(email, DEMO_PASSWORD);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data!.signIn.token).toEqual(expect.any(String));
  });

  it("only a tenant admin may clear a lock, and another tenant's email answers as unknown", async () => {
    const consultant = await h.signIn('consultant@meridian.example');
    await h.refused(consultant, CLEAR, { i: { email: 'auditor@meridian.example' } }, 'FORBIDDEN', 'ROLE_NOT_ALLOWED');
    const admin = await h.signIn('admin@meridian.example');
    const otherTenants = await h.refused(admin, CLEAR, { i: { email: h.other.adminEmail } }, 'NOT_FOUND', 'USER_NOT_FOUND');
    const unknown = await h.refused(admin, CLEAR, { i: { email: 'nobody.at.all@nowhere.example' } }, 'NOT_FOUND', 'USER_NOT_FOUND');
    expect(otherTenants.body).toEqual(unknown.body);
    // and the other tenant's lock is untouched by the attempt
    await failFiveTimes(h.other.adminEmail);
    await h.refused(admin, CLEAR, { i: { email: h.other.adminEmail } }, 'NOT_FOUND', 'USER_NOT_FOUND');
    expect(ruleOf((await signIn(h.other.adminEmail, DEMO_PASSWORD)).body)).toBe('EMAIL_DELAY');
  });

  it('logs one line per password check, with neither the email nor the address', async () => {
    const before = h.logs.filter((l) => l.includes('sign-in password checked')).length;
    await signIn('nobody.logged@nowhere.example', 'wrong-password-x');
    const lines = h.logs.filter((l) => l.includes('sign-in password checked'));
    expect(lines.length - before).toBe(1);
    expect(lines[lines.length - 1]).not.toMatch(/nobody\.logged|127\.0\.0\.1/);
  });
});

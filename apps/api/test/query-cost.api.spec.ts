import { COST, MAX_COMPLEXITY } from '../src/platform/graphql-limits';
import { makeAuthority } from './support/fixtures';
import { startHarness, type Harness } from './support/harness';

const VERIFY_FIELDS = 'ok reused checkedAt events';
const aliased = (n: number, field: string) => Array.from({ length: n }, (_, i) => `v${i}: ${field}`).join('\n');

describe('what one request may cost', () => {
  let h: Harness;
  let auditor: string;
  let northshire: string;
  beforeAll(async () => {
    h = await startHarness();
    auditor = await h.signIn('auditor@meridian.example');
    northshire = h.demo.authorities.northshire;
  });
  afterAll(() => h.close());

  it('refuses 199 aliased verifications with a cost error naming the limit, before any runs', async () => {
    const query = `query($a: ID!) { ${aliased(199, `auditVerification(authorityId: $a) { ${VERIFY_FIELDS} }`)} }`;
    const res = await h.refused(auditor, query, { a: northshire }, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX');
    expect(res.status).toBe(400);
    expect(res.body.errors![0].message).toMatch(new RegExp(`complexity \\d+, limit ${MAX_COMPLEXITY}`));
    expect(res.body.data).toBeUndefined();
  });

  it('allows one verification per request, also when the second hides in a fragment', async () => {
    const two = `query($a: ID!) { ${aliased(2, `auditVerification(authorityId: $a) { ${VERIFY_FIELDS} }`)} }`;
    const res = await h.refused(auditor, two, { a: northshire }, 'BAD_USER_INPUT', 'ONE_VERIFICATION_PER_REQUEST');
    expect(res.body.errors![0].message).toBe('This query asks for 2 audit verifications; ask for one per request.');
    const viaFragment = `query($a: ID!) { auditVerification(authorityId: $a) { ok } ...again } fragment again on Query { again: auditVerification(authorityId: $a) { ok } }`;
    await h.refused(auditor, viaFragment, { a: northshire }, 'BAD_USER_INPUT', 'ONE_VERIFICATION_PER_REQUEST');
  });

  it('costs a history page by its size: ten pages of 200 are refused, ten of 20 are not', async () => {
    const page = (first: number) => `decisionHistory(filter: { authorityId: $a }, first: ${first}) { total items { eventId sentence } }`;
    await h.refused(auditor, `query($a: ID!) { ${aliased(10, page(200))} }`, { a: northshire }, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX');
    const small = await h.gql(auditor, `query($a: ID!) { ${aliased(10, page(20))} }`, { a: northshire });
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data!.v9.items).toHaveLength(20);
    // a diff is dear too: more than MAX_COMPLEXITY / programmeDiff's cost of them is refused
    const diffs = Math.floor(MAX_COMPLEXITY / COST.programmeDiff) + 1;
    const diff = 'programmeDiff(programmeId: "00000000-0000-4000-8000-000000000000", from: "2026-01-01", to: "2026-02-01") { programmeId }';
    await h.refused(auditor, `query { ${aliased(diffs, diff)} }`, undefined, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX');
  });

  it('reuses the check made at the same store head, and checks again once the store has moved', async () => {
    const query = `query($a: ID!) { auditVerification(authorityId: $a) { ${VERIFY_FIELDS} } }`;
    const first = (await h.gql(auditor, query, { a: northshire })).body.data!.auditVerification;
    expect(first).toMatchObject({ ok: true, reused: false });
    const second = (await h.gql(auditor, query, { a: northshire })).body.data!.auditVerification;
    expect(second).toEqual({ ...first, reused: true });
    // an admin of the same tenant, asking about the same head, gets the same check
    const admin = await h.signIn('admin@meridian.example');
    expect((await h.gql(admin, query, { a: northshire })).body.data!.auditVerification).toMatchObject({ reused: true, checkedAt: first.checkedAt });

    await makeAuthority(h, await h.signIn('consultant@meridian.example'), 'Cacheshire Council');
    const third = (await h.gql(auditor, query, { a: northshire })).body.data!.auditVerification;
    expect(third.reused).toBe(false);
    expect(third.events).toBeGreaterThan(first.events);
  });

  it("answers another tenant's admin about Northshire's verification as about an unknown authority, cached or not", async () => {
    const other = await h.signIn(h.other.adminEmail);
    const res = await h.gql(other, `query($a: ID!) { auditVerification(authorityId: $a) { ${VERIFY_FIELDS} } }`, { a: northshire });
    expect(res.body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

// The data-set generator at a small size: it must keep up with the API's commands (a renamed or
// removed command stops it, which no other suite would notice) and every generated user must be
// able to sign in with the bench password, as the dashboard figure does.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

process.env.BENCH_EVENTS = '4000';
const { generate, BENCH_PASSWORD } = await import('./index.mjs');
const { apiDist, eventStore } = await import('../lib/paths.mjs');

test('generates the data set through the deciders, nothing refused, every user with the bench password', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-gen-'));
  try {
    const made = await generate(dir, () => {});
    assert.equal(made.events, 4000);
    assert.equal(made.refused, 0);
    const accepted = made.byType.InvitationAccepted;
    assert.ok(accepted > 0 && accepted === made.byType.UserInvited, `every invitation accepted (${accepted} of ${made.byType.UserInvited})`);

    const store = eventStore().openSqliteEventStore({ file: join(dir, 'events.sqlite') });
    const claim = (await store.readStream(apiDist('tenancy/tenancy.commands.js').emailClaimStream(made.dashboardTenant.consultantEmail)))[0];
    await store.close();
    const credentials = apiDist('platform/auth/credential-store.js').openCredentialStore(dir);
    const hash = await credentials.passwordHashOf(made.dashboardTenant.tenantId, claim.data.userId);
    await credentials.close();
    assert.ok(hash, 'the dashboard consultant has a credential');
    assert.equal(await apiDist('platform/auth/password.js').verifyPassword(BENCH_PASSWORD, hash), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkA11y, CONSULTANT, DEMO_PASSWORD, launchBrowser, NORTHSHIRE, repoRoot, rowTexts, signIn, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();
const files = mkdtempSync(join(tmpdir(), 'orgledger-auditor-'));
after(() => rmSync(files, { recursive: true, force: true }));

const AUDITOR = 'auditor@meridian.example';
const SERVICE = 'Property and Estates';

const graphql = (query, variables, token) => api.graphql(query, variables, token);

// As the consultant, through the API: a deal with Property and Estates is proposed and countered
// (for the service), then agreed in a later minute, so that a minute lies between the two.
async function negotiateAcrossAMinute() {
  const { signIn: session } = await graphql('mutation ($input: SignInInput!) { signIn(input: $input) { token } }', {
    input: { email: CONSULTANT, password: DEMO_PASSWORD },
  });
  const token = session.token;
  const { authorities } = await graphql('{ authorities { id name services { id name } programmes { id } } }', {}, token);
  const northshire = authorities.find((a) => a.name === NORTHSHIRE);
  const serviceId = northshire.services.find((s) => s.name === SERVICE).id;
  const { posts } = await graphql(
    'query ($a: ID!, $s: ID) { posts(authorityId: $a, serviceId: $s) { id fte vacant } }',
    { a: northshire.id, s: serviceId },
    token,
  );
  const post = posts.find((p) => !p.vacant && p.fte >= 500);
  const terms = (fte, pence) => ({
    sourcePosts: [{ postId: post.id, fte }],
    budget: [{ financialYear: '2027/28', pence }],
    effectiveDate: '2027-04-01',
    linkedChange: 'Estates redesign 2027',
    rationale: 'Lease contracts move to the central team',
  });
  const { proposeFteDeal: deal } = await graphql(
    'mutation ($i: ProposeFteDealInput!) { proposeFteDeal(input: $i) { id } }',
    { i: { programmeId: northshire.programmes[0].id, serviceId, terms: terms(500, 2_000_000), reason: 'Opening offer' } },
    token,
  );
  await graphql(
    'mutation ($i: DealOfferInput!) { counterFteDeal(input: $i) { status } }',
    { i: { dealId: deal.id, terms: terms(400, 1_600_000), onBehalfOfService: true, reason: 'The director keeps one day a week' } },
    token,
  );
  // the next whole minute: after the counter, before the agreement
  const minute = Math.ceil((Date.now() + 1) / 60_000) * 60_000;
  await new Promise((r) => setTimeout(r, minute - Date.now() + 1_500));
  await graphql(
    'mutation ($i: DealStepInput!) { agreeFteDeal(input: $i) { status } }',
    { i: { dealId: deal.id, reason: 'Agreed at the programme board' } },
    token,
  );
  return { asAt: new Date(minute).toISOString(), northshireId: northshire.id, programmeId: northshire.programmes[0].id, dealId: deal.id };
}

let negotiated;
const dealRow = (page) =>
  page
    .getByRole('table', { name: /^FTE deals of / })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: SERVICE, exact: true }) });

test('an auditor sees a deal as it stood before it was agreed, the changes since, verifies and exports the register', { timeout: 180_000 }, async () => {
  negotiated = await negotiateAcrossAMinute();
  const { asAt } = negotiated;

  await withPage(browser, api.url, async (page) => {
    await signIn(page, AUDITOR, 'Audit');
    await page.getByRole('table', { name: 'Authorities you may audit' }).waitFor();
    await checkA11y(page);

    await page.getByRole('link', { name: `Decision history of ${NORTHSHIRE}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Decision history' }).waitFor();
    await page.getByRole('list', { name: 'Decisions, newest first' }).waitFor();
    assert.deepEqual((await rowTexts(dealRow(page)))[1], 'Agreed');
    const newest = page.getByRole('list', { name: 'Decisions, newest first' }).getByRole('listitem').first();
    assert.match(await newest.textContent(), new RegExp(`agreed the ${SERVICE} deal: 0\\.400 FTE, £16,000\\.00`));
    await newest.getByRole('button', { name: 'Show the raw event' }).click();
    assert.match(await newest.getByLabel('Stored event as JSON').textContent(), /"type": "FteDealAgreed"/);
    await checkA11y(page);

    // As at the minute between the counter-offer and the agreement
    const local = await page.evaluate((iso) => {
      const d = new Date(iso);
      const pad = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    }, asAt);
    await page.getByLabel('As at').fill(local);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Read-only: showing OrgLedger as at' }).waitFor();
    await dealRow(page).getByRole('cell', { name: 'Countered' }).waitFor();
    assert.match(
      await page.getByRole('list', { name: 'Decisions, newest first' }).getByRole('listitem').first().textContent(),
      new RegExp(`countered the ${SERVICE} deal: 0\\.500 → 0\\.400 FTE`),
    );
    await checkA11y(page);
    await page.getByRole('button', { name: 'Back to now' }).click();
    await dealRow(page).getByRole('cell', { name: 'Agreed' }).waitFor();

    // The diff from that minute to today
    await page.getByRole('navigation', { name: 'Audit pages' }).getByRole('link', { name: 'Changes between dates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Changes between dates' }).waitFor();
    await page.getByLabel('From').fill(asAt);
    await page.getByRole('button', { name: 'Show changes' }).click();
    const changed = page
      .getByRole('table', { name: 'FTE deals: what changed' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: `${SERVICE} deal` }) });
    await changed.waitFor();
    const cells = await rowTexts(changed);
    assert.equal(cells[1], 'Changed');
    assert.match(cells[2], /^countered: 0\.400 FTE/);
    assert.match(cells[3], /^agreed: 0\.400 FTE/);
    assert.match(cells[4], new RegExp(`agreed the ${SERVICE} deal.*Reason: Agreed at the programme board`));
    await checkA11y(page);

    // Download the sealed register and check it offline with the CLI
    await page.getByRole('navigation', { name: 'Audit pages' }).getByRole('link', { name: 'Decision history' }).click();
    await page.getByRole('heading', { level: 1, name: 'Decision history' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download CSV of the decision register of ${NORTHSHIRE}` }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'decisions-northshire-county-council.csv');
    const file = join(files, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByRole('status').filter({ hasText: 'It ends with the signed checkpoint that covers it.' }).waitFor();
    await checkA11y(page);
    const key = join(files, 'audit-key.pem');
    writeFileSync(key, await (await fetch(`${api.url}/.well-known/orgledger-audit-key`)).text());
    const cli = join(repoRoot, 'apps', 'api', 'bin', 'orgledger.js');
    assert.match(
      execFileSync(process.execPath, [cli, 'verify-export', file, '--public-key', key], { encoding: 'utf8' }),
      /verify-export: \d+ events in \d+ streams verify/,
    );
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('Lease contracts');
    writeFileSync(file, text.slice(0, at) + 'l' + text.slice(at + 1));
    const rejected = spawnSync(process.execPath, [cli, 'verify-export', file, '--public-key', key], { encoding: 'utf8' });
    assert.equal(rejected.status, 2);
    assert.match(rejected.stdout, /verify-export: REJECTED/);

    // Verify: every chain, and the checkpoint the export sealed
    await page.getByRole('navigation', { name: 'Audit pages' }).getByRole('link', { name: 'Verify' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verify' }).waitFor();
    await page.getByRole('button', { name: 'Run verification' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Everything verifies: \d+ events checked/ })
      .waitFor();
    const checkpoint = page
      .getByRole('table', { name: 'Sealed checkpoints' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '1', exact: true }) });
    assert.equal((await rowTexts(checkpoint))[4], 'Verified');
    await checkA11y(page);
  });
});

test("a tenant admin reads who looked at what in the auditor access log, seals a checkpoint and sees a deal's decisions", { timeout: 60_000 }, async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, 'admin@meridian.example', 'Authorities');
    await page.goto(`/deals/${negotiated.programmeId}/${negotiated.dealId}`);
    const decisions = page.getByRole('list', { name: 'Decisions about this deal' });
    await decisions.waitFor();
    assert.deepEqual(
      (await decisions.getByRole('listitem').allTextContents()).map((t) => /(proposed|countered|agreed) the Property and Estates deal/.exec(t)?.[1]),
      ['agreed', 'countered', 'proposed'],
    );
    await checkA11y(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Access log', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Auditor access log' }).waitFor();
    const table = page.getByRole('table', { name: 'Auditor access log, newest first' });
    await table.waitFor();
    const exported = table.getByRole('row').filter({ hasText: 'export decisions.csv' }).first();
    assert.deepEqual((await rowTexts(exported)).slice(1), ['Jordan Ellis', 'export decisions.csv', NORTHSHIRE]);
    assert.ok((await table.getByRole('row').filter({ hasText: 'decisionHistory' }).count()) > 0);
    await checkA11y(page);

    await page.getByRole('link', { name: `verify and seal ${NORTHSHIRE}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Verify' }).waitFor();
    await page.getByRole('button', { name: 'Seal a checkpoint now' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Checkpoint \d+ seals \d+ streams and \d+ events/ })
      .waitFor();
    await page.getByRole('button', { name: 'Run verification' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Everything verifies/ })
      .waitFor();
    await checkA11y(page);
  });
});

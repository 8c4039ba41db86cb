import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkA11y,
  CONSULTANT,
  HIGHWAYS_DIRECTOR,
  launchBrowser,
  openSection,
  NORTHSHIRE,
  NORTHSHIRE_PROGRAMME,
  recordOperations,
  rowTexts,
  signIn,
  startApi,
  withPage,
} from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

// The consultant's by-service line for Highways: [service, FTE, cost, posts, substantive posts].
async function highwaysLine(page) {
  await openSection(page, 'Analysis');
  await page.getByRole('heading', { level: 1, name: 'Activity analysis' }).waitFor();
  await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
  await page.getByRole('region', { name: 'Finding' }).waitFor();
  const table = page.getByRole('table', { name: 'Contract-management time by service' });
  return rowTexts(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Highways', exact: true }) }));
}

test('the Highways director returns new shares in the portal, and the consultant’s analysis follows', async () => {
  let before;
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    before = await highwaysLine(page);
    assert.equal(before[0], 'Highways');
  });

  await withPage(browser, api.url, async (page) => {
    const operations = recordOperations(page);
    await signIn(page, HIGHWAYS_DIRECTOR, NORTHSHIRE);
    const awaits = page.getByRole('region', { name: 'What awaits you' });
    const request = awaits.getByRole('link', { name: /^(Return|Update) the activity analysis for Highways$/ });
    await request.waitFor();
    await checkA11y(page);
    await request.click();

    await page.getByRole('heading', { level: 1, name: 'Activity analysis for Highways' }).waitFor();
    const grid = page.getByRole('table', { name: /Share of each post's time by activity in Highways/ });
    await grid.waitFor();
    // One row per Highways post and nothing from any other service.
    const references = await grid.getByRole('rowheader').allTextContents();
    assert.equal(references.length, 17);
    assert.ok(
      references.every((r) => r.startsWith('HWY-')),
      references.join(', '),
    );
    const kpi = page.getByLabel('HWY-0001 Supplier performance and KPI monitoring, percent');
    const other = page.getByLabel('HWY-0001 Other work, percent');
    assert.equal(Number(await other.inputValue()) > 0, true, 'the grid is prefilled with the latest return');
    await checkA11y(page);

    // Make HWY-0001 mostly contract management, but overshoot first.
    const row = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'HWY-0001', exact: true }) });
    const cells = row.getByRole('textbox');
    for (let i = 0; i < (await cells.count()); i += 1) await cells.nth(i).fill('');
    await kpi.fill('70');
    await other.fill('50');
    await row.getByText('over 100%').waitFor();
    assert.match((await rowTexts(row)).at(-1), /^120%/);
    await page.getByLabel('Reason for the return').fill('HWY-0001 now runs the term maintenance contract');
    await page.getByRole('button', { name: 'Submit the activity return' }).click();
    await page.getByRole('link', { name: 'HWY-0001: the shares add up to 120%; they can add up to 100% at most' }).waitFor();
    assert.ok(!operations.includes('SubmitActivityReturn'), 'nothing was sent');
    await checkA11y(page);

    await other.fill('30');
    await row.getByText('over 100%').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Submit the activity return' }).click();
    await page.getByRole('status').filter({ hasText: 'Activity return for Highways saved: 17 posts.' }).waitFor();
    assert.equal(operations.filter((o) => o === 'SubmitActivityReturn').length, 1);
    assert.equal(await page.getByRole('link', { name: /the shares add up to/ }).count(), 0);
    await checkA11y(page);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
    await awaits.getByRole('link', { name: 'Update the activity analysis for Highways' }).waitFor();
  });

  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    const after = await highwaysLine(page);
    assert.notEqual(after[1], before[1], `Highways FTE changed from ${before[1]}`);
    // HWY-0001 is now at least half contract management: one more substantive post.
    assert.equal(Number(after[4]), Number(before[4]) + 1);
    await checkA11y(page);
  });
});

test('a service director cannot open the consultant’s workspace pages', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, HIGHWAYS_DIRECTOR, NORTHSHIRE);
    await page.goto('/analysis');
    await page.getByRole('heading', { level: 1, name: NORTHSHIRE }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/portal');
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y, CONSULTANT, launchBrowser, openSection, NORTHSHIRE_PROGRAMME, rowTexts, signIn, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

async function openAnalysis(page) {
  await signIn(page, CONSULTANT, 'Authorities');
  await openSection(page, 'Analysis');
  await page.getByRole('heading', { level: 1, name: 'Activity analysis' }).waitFor();
  await checkA11y(page);
  await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
  await page.getByRole('region', { name: 'Finding' }).waitFor();
}

const notReturned = (page) => page.getByRole('list', { name: 'Services that have not returned yet' }).getByRole('listitem');

test('a consultant reads the finding for Northshire, by service and by activity, and who has not returned', async () => {
  await withPage(browser, api.url, async (page) => {
    await openAnalysis(page);
    const finding = page.getByRole('region', { name: 'Finding' });
    const headline = finding.getByText(/FTE of contract-management time across \d+ posts, but only \d+ posts? where it is at least half the job/);
    await headline.waitFor();
    assert.match(await finding.textContent(), /rounded once, half up/);

    const byService = page.getByRole('table', { name: 'Contract-management time by service' });
    const services = await byService.locator('tbody').getByRole('rowheader').allTextContents();
    assert.equal(services.length, 13, '13 services have returned');
    assert.ok(services.includes('Highways'));
    assert.ok(!services.includes('ICT and Digital'));
    const highways = await rowTexts(byService.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Highways', exact: true }) }));
    assert.match(highways[1], /^\d+\.\d{3}$/, 'FTE to three decimals');
    assert.match(highways[2], /^£[\d,]+\.\d{2}$/, 'cost in pounds and pence');
    const totals = await rowTexts(byService.locator('tfoot tr'));
    assert.equal(totals[0], 'All services');
    // The headline's rounded FTE agrees with the exact total in the table.
    const [, headlineFte] = /^([\d.]+) FTE/.exec(await headline.textContent());
    assert.equal(headlineFte, (Math.round(Number(totals[1]) * 10) / 10).toFixed(1));

    // Which services have returned is asked for separately from the figures.
    await notReturned(page).first().waitFor();
    assert.deepEqual(
      (await notReturned(page).allTextContents()).map((t) => t.replace(/\s*Enter the return.*$/, '')),
      ['ICT and Digital', 'Legal and Democratic Services'],
    );
    await page
      .getByRole('table', { name: 'Contract-management time by activity' })
      .getByRole('rowheader', { name: 'Supplier performance and KPI monitoring' })
      .waitFor();
    // The chart is loaded after the figures, from its own chunk.
    await page.locator('figure svg.recharts-surface').first().waitFor();
    await checkA11y(page);

    await page.getByLabel('Substantive threshold, percent').fill('20');
    await page.getByRole('button', { name: 'Update figures' }).click();
    await finding.getByText(/where it is at least 20% of the job/).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('threshold'), '20');
    await checkA11y(page);

    await page.getByLabel('Substantive threshold, percent').fill('0');
    await page.getByRole('button', { name: 'Update figures' }).click();
    await page.getByText('Enter a whole number from 1 to 100').first().waitFor();
    await checkA11y(page);
  });
});

test('a consultant keys in the return of a service that had not returned', async () => {
  await withPage(browser, api.url, async (page) => {
    await openAnalysis(page);
    await page.getByRole('link', { name: 'Enter the return for ICT and Digital' }).click();
    await page.getByRole('heading', { level: 1, name: 'Activity return: ICT and Digital' }).waitFor();
    await page.getByLabel('ICT-0001 Supplier performance and KPI monitoring, percent').fill('40');
    await page.getByLabel('ICT-0001 Other work, percent').fill('60');
    await checkA11y(page);
    await page.getByLabel('Reason for the return').fill('Keyed in from the ICT workshop notes');
    await page.getByRole('button', { name: 'Submit the activity return' }).click();
    await page.getByRole('status').filter({ hasText: 'Activity return for ICT and Digital saved: 1 post.' }).waitFor();
    await checkA11y(page);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
    await page.getByRole('region', { name: 'Finding' }).waitFor();
    await page.getByRole('table', { name: 'Contract-management time by service' }).getByRole('rowheader', { name: 'ICT and Digital' }).waitFor();
    // Figures seen earlier in the session show at once and are refreshed behind them.
    await notReturned(page).filter({ hasText: 'ICT and Digital' }).waitFor({ state: 'detached' });
    assert.deepEqual(
      (await notReturned(page).allTextContents()).map((t) => t.replace(/\s*Enter the return.*$/, '')),
      ['Legal and Democratic Services'],
    );
  });
});

test('a consultant adds, renames and retires an activity in the taxonomy', async () => {
  await withPage(browser, api.url, async (page) => {
    await openAnalysis(page);
    await page.getByRole('link', { name: 'Edit the activity taxonomy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Activity taxonomy' }).waitFor();
    const top = page.getByRole('list', { name: 'Activity taxonomy' });
    await top.waitFor();
    const under = page.getByRole('list', { name: 'Activities under Contract management' });
    assert.equal(await under.getByRole('listitem').count(), 8);
    await checkA11y(page);

    await page.getByRole('button', { name: 'Add an activity under Contract management' }).click();
    await page.getByLabel('Name of the new activity under Contract management').fill('Dispute resolution');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Add activity', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Added “Dispute resolution”.' }).waitFor();
    await under
      .getByRole('listitem')
      .filter({ hasText: /^Dispute resolution/ })
      .waitFor();

    await page.getByRole('button', { name: 'Rename Dispute resolution' }).click();
    await page.getByLabel('New name for Dispute resolution').fill('Contract dispute resolution');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('status').filter({ hasText: 'Renamed “Dispute resolution” to “Contract dispute resolution”.' }).waitFor();

    await page.getByRole('button', { name: 'Retire Contract dispute resolution' }).click();
    const confirm = page.getByRole('group', { name: /Retire “Contract dispute resolution”\?/ });
    await confirm.waitFor();
    await checkA11y(page);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    // Cancelling returns focus to the button that opened the confirmation.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Retire Contract dispute resolution');
    await page.getByRole('button', { name: 'Retire Contract dispute resolution' }).click();
    await page.getByRole('button', { name: 'Yes, retire it' }).click();
    await page.getByRole('status').filter({ hasText: 'Retired “Contract dispute resolution”.' }).waitFor();
    const retired = under.getByRole('listitem').filter({ hasText: 'Contract dispute resolution' });
    await retired.getByText('Retired', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Retire Contract dispute resolution' }).count(), 0);
    await checkA11y(page);
  });
});

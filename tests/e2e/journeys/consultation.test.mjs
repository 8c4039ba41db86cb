import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkA11y, CONSULTANT, launchBrowser, openSection, NORTHSHIRE_PROGRAMME, signIn, startApi, withPage,
} from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

const PLAN = 'County Hall scenario: 25 proposed dismissals with Resources';
const figure = (page, term) => page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
const warnings = (page) => page.locator('.consultation-warnings li');

test('a consultant fixes a plan that breaks the 30-day rule, records the last disclosure and launches consultation', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openSection(page, 'Consultation');
    await page.getByRole('heading', { level: 1, name: 'Consultation' }).waitFor();
    await checkA11y(page);
    await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
    await page.getByRole('heading', { level: 1, name: 'Consultation plans' }).waitFor();
    await checkA11y(page);
    await page.getByRole('link', { name: PLAN }).click();
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();

    // 25 proposed: 30 days before the first dismissal (1 February 2027), so HR1 by 2 January.
    assert.match(await figure(page, 'Statutory minimum period').textContent(), /^30 days before the first dismissal takes effect \(TULRCA 1992 s\.188\)/);
    assert.match(await figure(page, 'HR1 deadline').textContent(), /^2 January 2027 \(30 days before the first dismissal/);
    const period = warnings(page).filter({ hasText: 'at least 30 days before the first dismissal takes effect' });
    await period.waitFor();
    assert.match(await period.textContent(), /Rule: TULRCA 1992 s\.188\. Source:/);
    const launch = page.getByRole('button', { name: 'Launch consultation' });
    assert.equal(await launch.isDisabled(), true, 'a plan that breaks a rule cannot be launched');
    await page.getByText('Fix the rules this plan breaks before launching it.').waitFor();
    await checkA11y(page);

    // Move the first dismissal to 1 March 2027: the period and the HR1 deadline are then met.
    await page.getByText('Change the dates').click();
    await page.getByLabel('First dismissal takes effect').fill('2027-03-01');
    await page.getByRole('button', { name: 'Save the dates' }).click();
    await period.waitFor({ state: 'detached' });
    await page.getByText(/^30 January 2027 \(30 days before the first dismissal/).waitFor();
    assert.deepEqual(await warnings(page).evaluateAll((items) => items.map((i) => i.dataset.code)), ['DISCLOSURE_NOT_GIVEN']);
    await checkA11y(page);

    // The last s.188(4) item, agency workers, given with the opening letter.
    await page.getByRole('button', { name: /Choose an item/ }).click();
    await page.getByRole('option', { name: /^The number, location and work of agency workers/ }).click();
    await page.getByLabel('Given in writing on').fill('2027-01-11');
    await page.getByLabel('Letter or document').fill('HR/S188/2027-01 annex: agency workers');
    await page.getByRole('button', { name: 'Record the disclosure' }).click();
    await page.getByText('The plan keeps every rule checked.').waitFor();
    const row = page.getByRole('row', { name: /agency workers/ });
    assert.match(await row.textContent(), /11 January 2027/);

    // The Design Authority approved the change and its blocking condition is discharged: launch.
    await page.getByText(/^The Design Authority approved submission/).waitFor();
    assert.equal(await launch.isDisabled(), false);
    await launch.click();
    await page.getByRole('status').filter({ hasText: /^Consultation launched on / }).waitFor();
    assert.equal(await launch.count(), 0);
    await checkA11y(page);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y, CONSULTANT, launchBrowser, openSection, NORTHSHIRE_PROGRAMME, rowTexts, signIn, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

const EASTBROOK_PROGRAMME = 'Customer contact redesign';
const DEMO_TEMPLATE = 'County contract-management function';

test('a consultant saves Northshire as a template, applies one to Eastbrook after confirming, and retires one', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openSection(page, 'Templates');
    await page.getByRole('heading', { level: 1, name: 'Templates' }).waitFor();
    const templates = page.getByRole('table', { name: 'Templates', exact: true });
    const demo = templates.getByRole('row').filter({ has: page.getByRole('rowheader', { name: DEMO_TEMPLATE }) });
    await demo.waitFor();
    const cells = await rowTexts(demo);
    assert.match(cells[2], /activities; tiers Gold, Silver, Bronze; Gold 520, Silver 156, Bronze 40 hours a contract; 1,650 productive hours per FTE/);
    assert.equal(cells[3], 'Active');
    await checkA11y(page);

    await page.getByRole('link', { name: `Save ${NORTHSHIRE_PROGRAMME} as a template` }).click();
    await page.getByRole('heading', { level: 1, name: 'Save this programme as a template' }).waitFor();
    await page.getByRole('button', { name: 'Save as a template' }).click();
    await page.getByRole('link', { name: 'Enter a name for the template' }).waitFor();
    await checkA11y(page);
    await page.getByLabel('Template name').fill('Northshire after the pilot');
    await page.getByLabel('Description (optional)').fill('For county councils centralising contract management.');
    await page.getByRole('button', { name: 'Save as a template' }).click();
    await page.getByRole('status').filter({ hasText: 'Northshire after the pilot was saved as a template.' }).waitFor();
    await templates.getByRole('rowheader', { name: 'Northshire after the pilot' }).waitFor();
    assert.equal(await templates.locator('tbody tr').count(), 2);

    await page.getByRole('link', { name: `Apply a template to ${EASTBROOK_PROGRAMME}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Apply a template' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Select the template to apply' }).waitFor();
    await checkA11y(page);
    await page.getByRole('button', { name: /Choose a template/ }).click();
    await page.getByRole('option', { name: DEMO_TEMPLATE }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    const confirm = page.getByRole('group', { name: `Apply ${DEMO_TEMPLATE} to ${EASTBROOK_PROGRAMME}?` });
    await confirm.getByText('This replaces the programme’s activity taxonomy, tier rules and capacity assumptions with the template’s.').waitFor();
    await confirm.getByText(/Activity returns already made still count/).waitFor();
    await checkA11y(page);
    await confirm.getByRole('button', { name: 'Yes, replace the set-up' }).click();

    await page.getByRole('heading', { level: 1, name: 'Capacity model' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `${DEMO_TEMPLATE} was applied to ${EASTBROOK_PROGRAMME}.` })
      .waitFor();
    const tiers = page.getByRole('table', { name: 'Contract-management demand by tier' });
    assert.deepEqual(await tiers.getByRole('rowheader').allTextContents(), ['Gold', 'Silver', 'Bronze', 'All tiers']);
    assert.equal(await page.getByLabel('Hours a year for each Gold contract').inputValue(), '520');
    await checkA11y(page);

    await openSection(page, 'Templates');
    await page.getByRole('button', { name: `Retire ${DEMO_TEMPLATE}` }).click();
    const retire = page.getByRole('group', { name: new RegExp(`Are you sure you want to retire ${DEMO_TEMPLATE}`) });
    await retire.waitFor();
    await checkA11y(page);
    await retire.getByRole('button', { name: 'Yes, retire the template' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${DEMO_TEMPLATE} was retired.` })
      .waitFor();
    await demo.getByText('Retired', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: `Retire ${DEMO_TEMPLATE}` }).count(), 0);
    await checkA11y(page);
  });
});

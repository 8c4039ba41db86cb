import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y, CONSULTANT, launchBrowser, openSection, NORTHSHIRE_PROGRAMME, rowTexts, signIn, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

async function openStage(page, navLabel, heading) {
  await signIn(page, CONSULTANT, 'Authorities');
  await openSection(page, navLabel);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).waitFor();
  await checkA11y(page);
  await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
}

test('a consultant reads Northshire’s capacity headline and sees demand move with the Gold hours', async () => {
  await withPage(browser, api.url, async (page) => {
    await openStage(page, 'Capacity', 'Capacity model');
    const finding = page.getByRole('region', { name: 'Finding' });
    await finding.getByText('Demand 9.5 FTE against 19.8 FTE of contract-management time found: a surplus of 10.3 FTE').waitFor();
    assert.match(await finding.textContent(), /rounded once, half up, to thousandths of an FTE/);
    const tiers = page.getByRole('table', { name: 'Contract-management demand by tier' });
    assert.deepEqual(await rowTexts(tiers.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Gold' }) })), [
      'Gold',
      '24',
      '520',
      '12,480',
      '7.564',
    ]);
    assert.deepEqual(await rowTexts(tiers.locator('tfoot tr')), ['All tiers', '56', '', '15,732', '9.535']);
    assert.equal(await page.getByRole('note').count(), 0, 'every tier has hours, so no warning');
    // The chart comes from its own chunk, after the figures.
    await page.locator('figure svg.recharts-surface').first().waitFor();
    await checkA11y(page);

    const gold = page.getByLabel('Hours a year for each Gold contract');
    assert.equal(await gold.inputValue(), '520');
    await gold.fill('10.5');
    await page.getByRole('button', { name: 'Save assumptions' }).click();
    await page.getByRole('link', { name: 'Hours for a Gold contract must be a whole number from 0 to 5,000' }).waitFor();
    await checkA11y(page);

    // 24 × 1,040 + 17 × 156 + 15 × 40 = 28,212 hours ÷ 1,650 = 17.098 FTE.
    await gold.fill('1040');
    await page.getByLabel('Reason (optional)').fill('Gold contracts need 20 hours a week, as the highways pilot showed');
    await page.getByRole('button', { name: 'Save assumptions' }).click();
    await page.getByRole('status').filter({ hasText: 'Assumptions saved.' }).waitFor();
    await finding.getByText('Demand 17.1 FTE against 19.8 FTE of contract-management time found: a surplus of 2.7 FTE').waitFor();
    assert.deepEqual((await rowTexts(tiers.locator('tfoot tr'))).slice(3), ['28,212', '17.098']);
    assert.equal(await page.getByLabel('Hours a year for each Gold contract').inputValue(), '1040');
    await checkA11y(page);
  });
});

test('a consultant records a benefit and moves its status with a note', async () => {
  await withPage(browser, api.url, async (page) => {
    await openStage(page, 'Benefits', 'Benefits');
    const figures = page.getByRole('list', { name: 'Benefits a year' });
    await figures.waitFor();
    assert.match(await figures.textContent(), /Cashable, a year£2,500,000.00Non-cashable, a year£425,000.00All benefits, a year£2,925,000.00/);
    const register = page.getByRole('table', { name: 'Benefits', exact: true });
    assert.equal(await register.locator('tbody tr').count(), 9);
    await checkA11y(page);

    await page.getByRole('link', { name: 'Record a benefit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record a benefit' }).waitFor();
    await page.getByRole('button', { name: 'Record benefit' }).click();
    await page.getByRole('link', { name: 'Enter what the benefit is' }).waitFor();
    await page.getByRole('link', { name: 'Enter the target date' }).waitFor();
    await checkA11y(page);

    const title = 'Consolidate ICT licences onto the corporate agreements';
    await page.getByLabel('Benefit', { exact: true }).fill(title);
    await page.getByRole('button', { name: /Choose cashable or non-cashable/ }).click();
    await page.getByRole('option', { name: /^Cashable/ }).click();
    await page.getByLabel('Annual amount, in pounds').fill('£85,000.50');
    await page.getByLabel('Owner').fill('Head of ICT and Digital');
    await page.getByLabel('Baseline (optional)').fill('£410,000 a year on 14 separate licence agreements');
    const target = page.getByRole('group', { name: 'Target date' });
    await target.getByLabel('Day').fill('31');
    await target.getByLabel('Month').fill('3');
    await target.getByLabel('Year').fill('2028');
    await page.getByRole('button', { name: 'Record benefit' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: `Benefit recorded: ${title}.` })
      .waitFor();
    const row = register.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
    await row.waitFor();
    assert.deepEqual(await rowTexts(row), [
      title,
      'Cashable',
      '£85,000.50',
      'Head of ICT and Digital',
      '£410,000 a year on 14 separate licence agreements',
      '31 March 2028',
      'Planned',
      '–',
    ]);
    // Totals are exact sums of pence.
    await figures.getByText('£2,585,000.50').waitFor();
    await checkA11y(page);

    await row.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByRole('link', { name: 'Select the new status' }).waitFor();
    await page.getByRole('link', { name: 'Enter a note saying why the status changed' }).waitFor();
    await checkA11y(page);

    await page.getByRole('button', { name: /Choose a status/ }).click();
    await page.getByRole('option', { name: 'On track' }).click();
    await page.getByLabel('Note', { exact: true }).fill('Nine of the 14 agreements have moved; the rest follow at renewal.');
    await page.getByRole('button', { name: 'Change status' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: `Status of “${title}” changed to On track.` })
      .waitFor();
    await row.getByText('On track', { exact: true }).waitFor();
    assert.equal((await rowTexts(row))[7], 'Nine of the 14 agreements have moved; the rest follow at renewal.');
    const byStatus = page.getByRole('table', { name: 'Benefits a year by status' });
    assert.deepEqual(await rowTexts(byStatus.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'On track' }) })), ['On track', '£695,000.50']);
    await checkA11y(page);
  });
});

test('a consultant agrees the definition and reads its history', async () => {
  await withPage(browser, api.url, async (page) => {
    await openStage(page, 'Definition', 'Definition of contract management');
    await page.getByRole('heading', { level: 2, name: 'Current definition (version 2)' }).waitFor();
    const agreed = page.getByRole('table', { name: 'Who agreed version 2' });
    assert.deepEqual(await agreed.getByRole('rowheader').allTextContents(), ['Sarah Whitfield', 'Imran Qureshi', 'Lucy Armstrong']);
    await checkA11y(page);

    await page.getByLabel('Name', { exact: true }).fill('Priya Shah');
    await page.getByLabel('Role', { exact: true }).fill('Head of Finance (subject-matter expert)');
    await page.getByRole('button', { name: 'Record agreement to version 2' }).click();
    await page.getByRole('status').filter({ hasText: 'Priya Shah’s agreement to version 2 was recorded.' }).waitFor();
    await agreed.getByRole('rowheader', { name: 'Priya Shah' }).waitFor();
    await checkA11y(page);

    const words = page.getByLabel('Definition', { exact: true });
    await words.fill(`${await words.inputValue()} It includes publishing contract performance notices.`);
    await page.getByRole('button', { name: 'Save as version 3' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 3 was saved. It needs agreeing again.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Current definition (version 3)' }).waitFor();
    await page.getByText('Nobody has agreed version 3 yet.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Version 2' }).waitFor();
    await checkA11y(page);
  });
});

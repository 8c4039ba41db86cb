import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
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
const folder = mkdtempSync(join(tmpdir(), 'orgledger-contracts-'));
after(() => rmSync(folder, { recursive: true, force: true }));

// The duties are worked out as of the day the API answers (UTC), so the expectations are too.
const today = new Date().toISOString().slice(0, 10);
const longDate = (iso) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

const header =
  'Reference,Title,Supplier,Service,Annual value,Whole-life value,Start date,End date,Risk,VFM concern,VFM note,Contract manager post,KPIs set,Exempt';
const libraryRow = (end) =>
  `LIB-C001,Library book supply,Askews and Holts Library Services Ltd,Property and Estates,"120,000.00","360,000.00",2026-04-01,${end},low,no,,,0,`;
function sheet(name, lines) {
  const path = join(folder, name);
  writeFileSync(path, `${[header, ...lines].join('\r\n')}\r\n`);
  return path;
}

async function openRegister(page) {
  await signIn(page, CONSULTANT, 'Authorities');
  await openSection(page, 'Contracts');
  await page.getByRole('heading', { level: 1, name: 'Target contracts' }).waitFor();
  await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).waitFor();
  await checkA11y(page);
  await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
  const register = page.getByRole('table', { name: 'Target contracts', exact: true });
  await register.waitFor();
  return register;
}

async function importSheet(page, path, reason) {
  await page.getByLabel('Spreadsheet file').setInputFiles(path);
  await page.getByLabel('Reason for the import').fill(reason);
  await page.getByRole('button', { name: 'Import contracts' }).click();
}

test('a consultant filters Northshire’s register to Gold and reads a contract’s Procurement Act duties', async () => {
  await withPage(browser, api.url, async (page) => {
    const register = await openRegister(page);
    assert.equal(await register.locator('tbody tr').count(), 56);
    const figures = page.getByRole('list', { name: 'The register in figures' });
    assert.match(await figures.textContent(), /Target contracts56Gold24Silver17Bronze15Procurement Act duties apply10Short of the KPIs required6/);
    await checkA11y(page);

    await page.getByRole('button', { name: /All tiers/ }).click();
    await page.getByRole('option', { name: 'Gold' }).click();
    const gold = page.getByRole('table', { name: 'Gold contracts', exact: true });
    await gold.waitFor();
    assert.equal(await gold.locator('tbody tr').count(), 24);
    const tierColumn = (await gold.locator('thead th').allTextContents()).findIndex((h) => h.startsWith('Tier'));
    const tiers = await gold.locator(`tbody tr td:nth-child(${tierColumn + 1})`).allTextContents();
    assert.deepEqual([...new Set(tiers)], ['Gold']);
    assert.equal(new URL(page.url()).searchParams.get('tier'), 'Gold');
    await checkA11y(page);

    // react-aria draws its own box over the native input: tick it as a person would, by its label.
    await page.getByText('Only contracts with Procurement Act duties at risk').click();
    // isChecked() reads once, and React may not have drawn the tick yet: wait for a ticked box instead.
    await page.getByRole('checkbox', { name: /Only contracts with Procurement Act duties at risk/, checked: true }).waitFor();
    const atRisk = page.getByRole('table', { name: 'Gold contracts with Procurement Act duties at risk' });
    await atRisk.waitFor();
    assert.equal(await atRisk.locator('tbody tr').count(), 10);
    const highways = await rowTexts(atRisk.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'HWY-C001' }) }));
    assert.deepEqual(highways.slice(0, 6), [
      'HWY-C001',
      'Highways term maintenance contract',
      'Pennine Highways Services Ltd',
      'Highways',
      '£8,400,000.00',
      '£58,800,000.00',
    ]);
    assert.equal(highways[12], '2 of 3 1 short');
    await checkA11y(page);

    await atRisk.getByRole('link', { name: 'HWY-C001' }).click();
    await page.getByRole('heading', { level: 1, name: 'HWY-C001: Highways term maintenance contract' }).waitFor();
    const duties = page.getByRole('region', { name: 'Procurement Act 2023 duties' });
    await duties.getByText('The KPI and performance-notice duties apply').waitFor();
    await duties
      .getByText(/Whole-life value £58,800,000.00 is over £5,000,000.00 and the contract was procured under the Act: at least 3 KPIs must be set/)
      .waitFor();
    await duties.getByText('At least 3 KPIs must be set; 2 are set.', { exact: false }).waitFor();
    await duties.getByText('1 short', { exact: true }).waitFor();
    // Annual notices from the start (1 April 2025) every 12 months, and one at the end.
    const notices = duties.getByRole('table', { name: 'Contract performance notices due' });
    const due = ['2026-04-01', '2027-04-01', '2028-04-01', '2029-04-01', '2030-04-01', '2031-04-01'];
    const rows = notices.locator('tbody tr');
    assert.equal(await rows.count(), 7);
    for (const [i, date] of due.entries()) {
      assert.deepEqual(await rowTexts(rows.nth(i)), [longDate(date), 'Annual contract performance notice', date < today ? 'Overdue' : 'To come']);
    }
    assert.deepEqual(await rowTexts(rows.nth(6)), [
      '31 March 2032',
      'Contract performance notice at the end of the contract',
      '2032-03-31' < today ? 'Overdue' : 'To come',
    ]);
    await duties.getByText('rule version 2025-02-24', { exact: false }).waitFor();
    await checkA11y(page);
  });
});

test('a consultant imports contracts from a spreadsheet: a bad row rejects the sheet, the fixed sheet adds the contract', async () => {
  await withPage(browser, api.url, async (page) => {
    const operations = recordOperations(page);
    const register = await openRegister(page);
    await page.getByRole('heading', { level: 2, name: 'Import from spreadsheet' }).waitFor();
    const template = page.getByRole('link', { name: 'Download a template (CSV)' });
    assert.ok(decodeURIComponent((await template.getAttribute('href')).split(',').slice(1).join(',')).includes(header));

    // Nothing chosen: caught before anything is sent.
    await page.getByRole('button', { name: 'Import contracts' }).click();
    await page.getByRole('link', { name: 'Select a spreadsheet file to import' }).waitFor();
    assert.ok(!operations.includes('ImportTargetContracts'));
    await checkA11y(page);

    // The contract ends a year before it starts.
    await importSheet(page, sheet('contracts.csv', [libraryRow('2025-03-31')]), 'Library contracts from the Procurement register');
    const rejection = page.getByRole('alert').filter({ hasText: 'nothing was imported' });
    await rejection.getByRole('heading', { name: '1 row has problems; nothing was imported' }).waitFor();
    const problems = rejection.getByRole('table', { name: 'Problems in the spreadsheet' }).locator('tbody tr');
    assert.equal(await problems.count(), 1);
    const problem = await rowTexts(problems.first());
    assert.deepEqual(problem.slice(0, 3), ['2', 'End date', '2025-03-31']);
    assert.match(problem[3], /End date 2025-03-31 is before start date 2026-04-01/);
    // All or nothing: the register is as it was.
    assert.equal(await register.locator('tbody tr').count(), 56);
    assert.equal(await register.getByRole('rowheader', { name: 'LIB-C001' }).count(), 0);
    await checkA11y(page);

    await importSheet(page, sheet('contracts.csv', [libraryRow('2029-03-31')]), 'Library contracts from the Procurement register, corrected');
    await page.getByRole('status').filter({ hasText: 'Imported contracts.csv: 1 row — 1 new, 0 updated, 0 unchanged' }).waitFor();
    await register.getByRole('rowheader', { name: 'LIB-C001' }).waitFor();
    assert.equal(await register.locator('tbody tr').count(), 57);
    const added = await rowTexts(register.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'LIB-C001' }) }));
    assert.deepEqual(added.slice(0, 10), [
      'LIB-C001',
      'Library book supply',
      'Askews and Holts Library Services Ltd',
      'Property and Estates',
      '£120,000.00',
      '£360,000.00',
      '1 April 2026',
      '31 March 2029',
      'Bronze',
      'Low',
    ]);
    assert.equal(await page.getByRole('alert').filter({ hasText: 'nothing was imported' }).count(), 0);
    await checkA11y(page);
  });
});

test('a consultant adds a contract by hand, typing pounds and dates as people write them, and sees its duties', async () => {
  await withPage(browser, api.url, async (page) => {
    await openRegister(page);
    await page.getByRole('link', { name: 'Add a contract' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a target contract' }).waitFor();
    await checkA11y(page);

    await page.getByLabel('Contract reference').fill('ICT-C099');
    await page.getByLabel('Title', { exact: true }).fill('Cloud hosting and managed service');
    await page.getByLabel('Supplier').fill('Northern Cloud Services Ltd');
    await page.getByRole('button', { name: /Choose a service/ }).click();
    await page.getByRole('option', { name: 'ICT and Digital' }).click();
    await page.getByLabel('Annual value, in pounds').fill('£1,450,000.10');
    await page.getByLabel('Whole-life value, in pounds').fill('7250000.5');
    const start = page.getByRole('group', { name: 'Start date' });
    await start.getByLabel('Day').fill('1');
    await start.getByLabel('Month').fill('4');
    await start.getByLabel('Year').fill('2026');
    const end = page.getByRole('group', { name: 'End date' });
    await end.getByLabel('Day').fill('31');
    await end.getByLabel('Month').fill('3');
    await end.getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: /Choose the risk/ }).click();
    await page.getByRole('option', { name: 'High' }).click();
    await page.getByText('There is a value-for-money concern').click();
    await page.getByRole('button', { name: 'Add contract' }).click();
    await page.getByRole('link', { name: 'The end date must be the same as or after the start date' }).waitFor();
    await page.getByRole('link', { name: 'Enter the value-for-money concern' }).waitFor();
    await checkA11y(page);

    await end.getByLabel('Year').fill('2031');
    // The Act's duties follow the procurement's start, not the contract's.
    const procured = page.getByRole('group', { name: 'When the procurement began (optional)' });
    await procured.getByLabel('Day').fill('1');
    await procured.getByLabel('Month').fill('10');
    await procured.getByLabel('Year').fill('2025');
    await page.getByLabel('Value-for-money concern', { exact: true }).fill('Hosting charges rose 18% at renewal.');
    await page.getByLabel('KPIs set').fill('1');
    // Hundreds of posts: typing narrows the choice.
    const manager = page.getByRole('combobox', { name: /Contract manager post/ });
    await manager.pressSequentially('ICT-00');
    const firstPost = page.getByRole('option').first();
    const chosen = (await firstPost.textContent()).split(' – ')[0];
    assert.match(chosen, /^ICT-00\d\d$/);
    await firstPost.click();
    await page.getByRole('button', { name: 'Add contract' }).click();

    await page.getByRole('heading', { level: 1, name: 'ICT-C099: Cloud hosting and managed service' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Contract ICT-C099 added.' }).waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    assert.match(
      await details.textContent(),
      /Annual value£1,450,000.10Whole-life value£7,250,000.50Start date1 April 2026End date31 March 2031TierGoldRiskHigh/,
    );
    assert.ok((await details.textContent()).includes(`Contract manager post${chosen}`));
    const duties = page.getByRole('region', { name: 'Procurement Act 2023 duties' });
    await duties.getByText('At least 3 KPIs must be set; 1 is set.', { exact: false }).waitFor();
    await duties.getByText('2 short', { exact: true }).waitFor();
    await checkA11y(page);

    // The form fills back exactly what was saved.
    await page.getByRole('link', { name: 'Edit this contract' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit ICT-C099' }).waitFor();
    assert.equal(await page.getByLabel('Annual value, in pounds').inputValue(), '1,450,000.10');
    assert.equal(await page.getByLabel('Whole-life value, in pounds').inputValue(), '7,250,000.50');
    assert.equal(await page.getByRole('group', { name: 'End date' }).getByLabel('Year').inputValue(), '2031');
    await page.getByLabel('KPIs set').fill('3');
    await page.getByRole('button', { name: 'Save contract' }).click();
    await page.getByRole('status').filter({ hasText: 'Contract ICT-C099 saved.' }).waitFor();
    await page.getByRole('region', { name: 'Procurement Act 2023 duties' }).getByText('Duty met', { exact: true }).waitFor();
    await checkA11y(page);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
    await page.getByRole('link', { name: 'Edit the tier rules' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tier rules' }).waitFor();
    assert.equal(await page.getByLabel('Minimum annual value, in pounds').first().inputValue(), '1,000,000.00');
    await checkA11y(page);
  });
});

test('a service director reads only their own service’s contracts, without the editing controls', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openSection(page, 'Contracts');
    const href = await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).getAttribute('href');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, HIGHWAYS_DIRECTOR, NORTHSHIRE);
    await page.goto(href);
    const register = page.getByRole('table', { name: 'Target contracts', exact: true });
    await register.waitFor();
    const services = await register.locator('tbody tr td:nth-child(4)').allTextContents();
    assert.ok(services.length > 0);
    assert.deepEqual([...new Set(services)], ['Highways']);
    assert.equal(await page.getByRole('link', { name: 'Add a contract' }).count(), 0);
    assert.equal(await page.getByRole('heading', { name: 'Import from spreadsheet' }).count(), 0);
    await checkA11y(page);
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkA11y, CONSULTANT, EASTBROOK, launchBrowser, openSection, recordOperations, rowTexts, signIn, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();
const folder = mkdtempSync(join(tmpdir(), 'orgledger-import-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const header = 'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost';
const rows = (titleOfSecond = 'Tenancy Officer', serviceOfThird = 'Leisure and Culture', fteOfThird = '0.6') => [
  'EBC-0001,Housing Services,Housing Options Manager,Grade 11,36,1,EMP-0001,no,"62,400.00"',
  `EBC-0002,Housing Services,${titleOfSecond},Grade 6,17,1,EMP-0002,no,"36,400.00"`,
  `EBC-0003,${serviceOfThird},Leisure Contracts Officer,Grade 9,30,${fteOfThird},,yes,"30,780.00"`,
];
function sheet(name, lines) {
  const path = join(folder, name);
  writeFileSync(path, `${[header, ...lines].join('\r\n')}\r\n`);
  return path;
}

async function importSheet(page, path, reason) {
  await page.getByLabel('Spreadsheet file').setInputFiles(path);
  await page.getByLabel('Reason for the import').fill(reason);
  await page.getByRole('button', { name: 'Import posts' }).click();
}

test('a consultant imports Eastbrook’s posts from a spreadsheet: all or nothing, then updates', async () => {
  await withPage(browser, api.url, async (page) => {
    const operations = recordOperations(page);
    await signIn(page, CONSULTANT, 'Authorities');
    await openSection(page, 'Establishment');
    await page.getByRole('heading', { level: 1, name: 'Establishment' }).waitFor();
    await checkA11y(page);
    await page.getByRole('link', { name: EASTBROOK }).click();

    await page.getByText('No posts have been recorded yet.', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Import from spreadsheet' }).waitFor();
    const template = page.getByRole('link', { name: 'Download a template (CSV)' });
    const href = await template.getAttribute('href');
    assert.equal(await template.getAttribute('download'), 'establishment-template.csv');
    assert.ok(decodeURIComponent(href.slice(href.indexOf(',') + 1)).includes(header), 'the template has the expected headings');
    await checkA11y(page);

    // Nothing chosen: caught before anything is sent.
    await page.getByRole('button', { name: 'Import posts' }).click();
    await page.getByRole('link', { name: 'Select a spreadsheet file to import' }).waitFor();
    await page.getByRole('link', { name: 'Enter why you are importing this sheet' }).waitFor();
    assert.ok(!operations.includes('ImportPosts'));
    await checkA11y(page);

    // Row 4 names a service Eastbrook does not have and an FTE that is not a number.
    await importSheet(page, sheet('eastbrook-posts.csv', rows(undefined, 'Leisure', '0.6.1')), 'Establishment extract from Eastbrook HR');
    const rejection = page.getByRole('alert').filter({ hasText: 'nothing was imported' });
    await rejection.getByRole('heading', { name: '1 row has problems; nothing was imported' }).waitFor();
    const problems = rejection.getByRole('table', { name: 'Problems in the spreadsheet' });
    const problemRows = problems.locator('tbody tr');
    assert.equal(await problemRows.count(), 2);
    const [service, fte] = [await rowTexts(problemRows.nth(0)), await rowTexts(problemRows.nth(1))];
    assert.deepEqual(service.slice(0, 3), ['4', 'Service', 'Leisure']);
    assert.match(service[3], /No service called "Leisure"/);
    assert.deepEqual(fte.slice(0, 3), ['4', 'FTE', '0.6.1']);
    assert.match(fte[3], /FTE must be a number/);
    // All or nothing: the good rows were not imported either.
    await page.getByText('No posts have been recorded yet.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('table', { name: `Posts at ${EASTBROOK}` }).count(), 0);
    await checkA11y(page);

    await importSheet(page, sheet('eastbrook-posts.csv', rows()), 'Establishment extract from Eastbrook HR, corrected');
    await page.getByRole('status').filter({ hasText: 'Imported eastbrook-posts.csv: 3 rows — 3 new, 0 updated, 0 unchanged' }).waitFor();
    const posts = page.getByRole('table', { name: `Posts at ${EASTBROOK}` });
    await posts.waitFor();
    assert.deepEqual(await posts.getByRole('rowheader').allTextContents(), ['EBC-0001 (edit)', 'EBC-0002 (edit)', 'EBC-0003 (edit)', 'Total (3 posts)']);
    assert.deepEqual(await rowTexts(posts.getByRole('row').filter({ hasText: 'EBC-0003' })), [
      'EBC-0003 (edit)',
      'Leisure and Culture',
      'Leisure Contracts Officer',
      'Grade 9',
      '30',
      '0.600',
      '–',
      'Yes',
      '£30,780.00',
    ]);
    // Totals are exact: 1 + 1 + 0.6 FTE and £62,400 + £36,400 + £30,780.
    const total = await rowTexts(posts.locator('tfoot tr'));
    assert.equal(total[5], '2.600');
    assert.equal(total[8], '£129,580.00');
    assert.equal(await page.getByRole('alert').filter({ hasText: 'nothing was imported' }).count(), 0);
    await checkA11y(page);

    await importSheet(page, sheet('eastbrook-posts.csv', rows('Senior Tenancy Officer')), 'Regraded after the job evaluation panel');
    await page.getByRole('status').filter({ hasText: 'Imported eastbrook-posts.csv: 3 rows — 0 new, 1 updated, 2 unchanged' }).waitFor();
    await posts.getByRole('cell', { name: 'Senior Tenancy Officer' }).waitFor();
    assert.equal(await posts.locator('tbody tr').count(), 3);
    await checkA11y(page);
  });
});

test('a consultant adds a post by hand, typing FTE and money as people write them, then edits it', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await page.getByRole('table', { name: 'Authorities you work with' }).getByRole('link', { name: EASTBROOK }).click();
    await page.getByRole('heading', { level: 1, name: EASTBROOK }).waitFor();
    await page.getByRole('link', { name: 'View the establishment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Establishment' }).waitFor();
    await page.getByRole('link', { name: 'Add a post' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a post' }).waitFor();
    await checkA11y(page);

    await page.getByLabel('Post reference').fill('EBC-0100');
    await page.getByLabel('Job title').fill('Contracts Officer');
    await page.getByLabel('Grade', { exact: true }).fill('Grade 9');
    await page.getByLabel('FTE', { exact: true }).fill('0.6.');
    await page.getByLabel('Budgeted annual cost, in pounds').fill('41,200.00');
    await page.getByRole('button', { name: 'Add post' }).click();
    await page.getByRole('link', { name: 'Select the service the post belongs to' }).waitFor();
    await page.getByRole('link', { name: 'FTE must be a number, such as 1 or 0.6' }).waitFor();
    await checkA11y(page);

    await page.getByRole('button', { name: /Service/ }).click();
    await page.getByRole('option', { name: 'Customer Services' }).click();
    await page.getByLabel('FTE', { exact: true }).fill('0.6');
    await page.getByRole('button', { name: 'Add post' }).click();

    await page.getByRole('heading', { level: 1, name: 'Establishment' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Post EBC-0100 added.' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'EBC-0100' });
    await row.waitFor();
    const cells = await rowTexts(row);
    assert.equal(cells[5], '0.600');
    assert.equal(cells[8], '£41,200.00');
    await checkA11y(page);

    await row.getByRole('link', { name: 'EBC-0100 (edit)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Post EBC-0100' }).waitFor();
    assert.equal(await page.getByLabel('FTE', { exact: true }).inputValue(), '0.6');
    assert.equal(await page.getByLabel('Budgeted annual cost, in pounds').inputValue(), '41,200.00');
    await page.getByLabel('FTE', { exact: true }).fill('0.8');
    await page.getByLabel('Budgeted annual cost, in pounds').fill('£54,933.34');
    await page.getByRole('button', { name: 'Save post' }).click();
    await page.getByRole('status').filter({ hasText: 'Post EBC-0100 saved.' }).waitFor();
    await row.getByRole('cell', { name: '0.800' }).waitFor();
    const edited = await rowTexts(row);
    assert.equal(edited[5], '0.800');
    assert.equal(edited[8], '£54,933.34');

    // The service filter narrows the table and its totals.
    await page.getByRole('button', { name: /All services/ }).click();
    await page.getByRole('option', { name: 'Customer Services' }).click();
    const filtered = page.getByRole('table', { name: 'Posts in Customer Services' });
    await filtered.waitFor();
    assert.equal(await filtered.locator('tbody tr').count(), 1);
    assert.equal((await rowTexts(filtered.locator('tfoot tr')))[0], 'Total (1 post)');
    await checkA11y(page);

    // Removing asks first.
    await filtered.getByRole('link', { name: 'EBC-0100 (edit)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Post EBC-0100' }).waitFor();
    await page.getByRole('button', { name: 'Remove post EBC-0100' }).click();
    await page.getByRole('group', { name: /Are you sure you want to remove post EBC-0100/ }).waitFor();
    await checkA11y(page);
    await page.getByRole('button', { name: 'Yes, remove the post' }).click();
    await page.getByRole('status').filter({ hasText: 'Post EBC-0100 removed.' }).waitFor();
    const all = page.getByRole('table', { name: `Posts at ${EASTBROOK}` });
    await all.waitFor();
    assert.equal(await all.getByRole('row').filter({ hasText: 'EBC-0100' }).count(), 0);
    assert.equal(await all.locator('tbody tr').count(), 3);
    await checkA11y(page);
  });
});

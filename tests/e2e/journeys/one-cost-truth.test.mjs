import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y, CONSULTANT, launchBrowser, openSection, NORTHSHIRE_PROGRAMME, rowTexts, signIn, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

// The demo's Design Authority submission costs 2026/27; every page is read for that year.
const YEAR = '2026/27';
const CHOSEN = 'Option B: single central team';

const row = (table, page, label) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
// The value beside a term of a summary list.
const valueOf = async (scope, term) => (await scope.locator('dt', { hasText: term }).first().locator('xpath=following-sibling::dd').textContent()).trim();

test('the same needed figure and the same gap appear on Funding, the option comparison, the Finance budget and the Design Authority pack', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');

    // Funding: needed and the gap in pounds for the year, and the gap in pounds beside the FTE figures.
    await openSection(page, 'Funding');
    await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
    const years = page.getByRole('table', { name: 'Budget by financial year' });
    await years.waitFor();
    const [, , , needed, gap, notGraded] = await rowTexts(row(years, page, YEAR));
    assert.match(needed, /^£[\d,]+\.\d\d$/);
    assert.equal(notGraded, '£0.00');
    const figures = page.getByRole('list', { name: 'Funding position, in FTE' });
    await figures.getByText(/Gap in pounds/).waitFor();
    await page.getByText(/posts at their full cost and the budget's non-pay lines, as in the Finance budget/).waitFor();
    await checkA11y(page);

    // The option comparison: the chosen option's full cost for the year is the same figure.
    await openSection(page, 'Design');
    await page.getByRole('heading', { level: 1, name: 'Function design' }).waitFor();
    await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
    const compare = page.getByRole('table', { name: 'Design options side by side' });
    await compare.waitFor();
    const headers = (await compare.getByRole('columnheader').allTextContents()).map((t) => t.trim());
    const chosenColumn = headers.indexOf(`${CHOSEN} Chosen`);
    assert.ok(chosenColumn >= 0, `the chosen option has a column: ${headers.join(' | ')}`);
    // each row starts with its row header, before one cell per option
    const fullCost = await rowTexts(row(compare, page, `Full cost ${YEAR} (as the budget)`));
    assert.equal(fullCost.slice(-headers.length)[chosenColumn], needed);
    await page
      .getByRole('region', { name: 'Go-live date' })
      .getByText(/goes live on 1 February 2027/)
      .waitFor();
    await checkA11y(page);

    // The Finance budget: its total and gap are the funding position's.
    await openSection(page, 'Approval');
    await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
    await page.getByRole('heading', { level: 1, name: 'Design Authority' }).waitFor();
    await page.getByRole('navigation', { name: 'Approval stage' }).getByRole('link', { name: 'Full costs and budget' }).click();
    const budget = page.getByRole('region', { name: `Function budget ${YEAR}` });
    await budget.waitFor();
    await budget.locator('dt', { hasText: /^Total$/ }).waitFor();
    assert.equal(await valueOf(budget, /^Total$/), needed);
    assert.equal(await valueOf(budget, /^Gap still to find$/), gap);
    assert.match(await valueOf(budget, /^Part year$/), /^59 of 365 days, from the go-live on 1 February 2027/);
    await checkA11y(page);

    // The Design Authority pack: the frozen figures are the same, and it says whether Finance signed off.
    await page.getByRole('navigation', { name: 'Approval stage' }).getByRole('link', { name: 'Design Authority' }).click();
    await page.getByRole('link', { name: 'Open the printable submission pack' }).click();
    await page.getByRole('heading', { level: 1, name: `Design Authority submission pack – ${NORTHSHIRE_PROGRAMME}` }).waitFor();
    const costs = page.getByRole('region', { name: 'Costs' });
    assert.equal(await valueOf(costs, `Recurring cost ${YEAR} (posts at full cost and non-pay)`), needed);
    assert.match(await valueOf(costs, 'Finance sign-off'), /^Not signed off/);
    const funding = page.getByRole('region', { name: 'Funding' });
    assert.equal(await valueOf(funding, `Gap in pounds, ${YEAR}`), gap);
    await checkA11y(page);
  });
});

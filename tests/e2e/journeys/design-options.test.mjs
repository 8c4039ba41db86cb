import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y, CONSULTANT, launchBrowser, openSection, NORTHSHIRE_PROGRAMME, rowTexts, signIn, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

const OPTION_A = 'Option A: hub and spoke';
const OPTION_B = 'Option B: single central team';

async function neededFte(page) {
  await openSection(page, 'Funding');
  await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
  const needed = page
    .getByRole('list', { name: 'Funding position, in FTE' })
    .getByRole('listitem')
    .filter({ hasText: /^Needed/ });
  await needed.waitFor();
  await checkA11y(page);
  return (await needed.textContent()).replace(/^Needed\s*/, '').trim();
}

const row = (table, page, label) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });

test('a consultant compares the design options, chooses A with a reason, and the funding need follows', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    assert.equal(await neededFte(page), '11.500 FTE');
    await page
      .getByText(`The chosen design option "${OPTION_B}": 12 posts at their full cost and the budget's non-pay lines, as in the Finance budget.`)
      .waitFor();

    await openSection(page, 'Design');
    await page.getByRole('heading', { level: 1, name: 'Function design' }).waitFor();
    await checkA11y(page);
    await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
    const compare = page.getByRole('table', { name: 'Design options side by side' });
    await compare.waitFor();
    assert.deepEqual(
      (await compare.getByRole('columnheader').allTextContents()).map((t) => t.trim()),
      [OPTION_A, `${OPTION_B} Chosen`],
    );
    assert.deepEqual(await rowTexts(row(compare, page, 'Posts')), ['Posts', '10', '12']);
    assert.deepEqual(await rowTexts(row(compare, page, 'FTE')), ['FTE', '9.500', '11.500']);
    assert.match((await rowTexts(row(compare, page, 'Design checks')))[1], /1 check raised.*4 layers/);
    await checkA11y(page);

    // Option A's chart, its check flag and a post's responsibilities, before choosing it.
    await compare.getByRole('link', { name: OPTION_A }).click();
    await page.getByRole('heading', { level: 1, name: OPTION_A }).waitFor();
    await page.getByRole('region', { name: 'Design checks' }).getByText('The option has 4 layers; the guide is at most 3.').waitFor();
    const chart = page.getByRole('list', { name: `Organisation chart of ${OPTION_A}` });
    await chart.waitFor();
    const hub = page.getByRole('list', { name: 'Reporting to the Contract Management Hub Lead' });
    await hub.getByRole('link', { name: 'Change Contract Manager (Place and Environment spoke)' }).waitFor();
    await page
      .getByRole('list', { name: 'Reporting to the Contract Manager (Place and Environment spoke)' })
      .getByRole('link', { name: 'Change Contract Officer (Highways)' })
      .waitFor();
    await page.getByRole('list', { name: 'Responsibilities of the Head of Contract Management' }).getByRole('listitem').first().waitFor();
    await checkA11y(page);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();

    await compare.getByRole('button', { name: `Choose this option: ${OPTION_A}` }).click();
    const panel = page.getByRole('region', { name: `Choose ${OPTION_A}` });
    await panel.getByText('The FTE needed becomes 9.500 FTE, from 11.500 FTE for Option B: single central team.').waitFor();
    await panel.getByRole('button', { name: 'Yes, choose this option' }).click();
    await page.getByRole('link', { name: 'Enter the reason for choosing this option' }).waitFor();
    await checkA11y(page);
    await panel.getByLabel('Reason for the choice').fill('The Design Authority asked for the cheaper option while the deals fund 3 FTE');
    await panel.getByRole('button', { name: 'Yes, choose this option' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: `${OPTION_A} is now the chosen option.` })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: `Chosen option: ${OPTION_A}` }).waitFor();
    await page.getByText('Reason: The Design Authority asked for the cheaper option while the deals fund 3 FTE').waitFor();
    await compare.getByRole('columnheader', { name: `${OPTION_A} Chosen` }).waitFor();
    assert.deepEqual(
      (await compare.getByRole('columnheader').allTextContents()).map((t) => t.trim()),
      [`${OPTION_A} Chosen`, OPTION_B],
    );
    await compare.getByRole('button', { name: `Choose this option: ${OPTION_B}` }).waitFor();
    await checkA11y(page);

    assert.equal(await neededFte(page), '9.500 FTE');
    await page
      .getByText(`The chosen design option "${OPTION_A}": 10 posts at their full cost and the budget's non-pay lines, as in the Finance budget.`)
      .waitFor();
  });
});

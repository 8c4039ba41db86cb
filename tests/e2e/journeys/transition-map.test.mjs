import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y, CONSULTANT, launchBrowser, openSection, NORTHSHIRE_PROGRAMME, rowTexts, signIn, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

test('a consultant reads the transition map and records decisions for a postholder', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openSection(page, 'People');
    await page.getByRole('heading', { level: 1, name: 'Transition map' }).waitFor();
    await checkA11y(page);
    await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();

    // The demo's decisions: slot-ins, a ring fence, a redeployment on trial and a released vacancy.
    const decided = page.getByRole('table', { name: /^Posts with a decision/ });
    await decided.waitFor();
    const vacancy = decided.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'ACM-0004' }) });
    assert.deepEqual((await rowTexts(vacancy)).slice(3, 5), ['Vacant', 'Vacancy released']);
    const toBe = page.getByRole('table', { name: 'Posts of the chosen option and who fills them' });
    const officer = toBe.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Contract Officer (Highways)', exact: true }) });
    assert.deepEqual((await rowTexts(officer)).slice(3, 6), ['1.000', '0.000', 'HWY-0013 (1.000 FTE, slot-in)']);
    await page.getByText(/posts? to recruit to: \d+\.\d{3} FTE unfilled\./).waitFor();
    await checkA11y(page);

    await page.getByRole('button', { name: /Posts with a decision Show/ }).click();
    await page.getByRole('option', { name: 'Posts with no decision yet' }).click();
    const undecided = page.getByRole('table', { name: /^Posts with no decision yet/ });
    await undecided.getByRole('link', { name: 'HWY-0001' }).click();

    await page.getByRole('heading', { level: 1, name: /^Post HWY-0001/ }).waitFor();
    await page.getByText('No decision has been recorded for this post yet.').waitFor();
    await checkA11y(page);
    await page.getByRole('button', { name: /Decision/ }).click();
    assert.deepEqual(
      await page.getByRole('option').allTextContents(),
      ['Slot in to a post of the new function', 'Place in a ring-fence pool', 'Mark at risk of redundancy'],
      'only the decisions a post with no decision allows',
    );
    await checkA11y(page);

    // Below the council's 70% threshold: the API refuses and says why.
    await page.getByRole('option', { name: 'Slot in to a post of the new function' }).click();
    await page.getByRole('button', { name: /Post of the new function/ }).click();
    await page.getByRole('option', { name: /^Contract Manager \(Place\)/ }).click();
    await page.getByLabel('Job-content match, percent').fill('55');
    await page.getByLabel('Reason', { exact: true }).fill('Job-matching panel on 3 March');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByRole('alert').filter({ hasText: /70%/ }).first().waitFor();
    await checkA11y(page);

    await page.getByRole('button', { name: /Slot in to a post of the new function Decision/ }).click();
    await page.getByRole('option', { name: 'Mark at risk of redundancy' }).click();
    await page.getByLabel('Reason', { exact: true }).fill('No slot-in match and no ring fence: at-risk notice issued');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByRole('status').filter({ hasText: 'Mark at risk of redundancy: recorded for HWY-0001.' }).waitFor();
    const history = page.getByRole('list', { name: 'Decisions for HWY-0001, oldest first' });
    await history.getByRole('heading', { level: 3, name: 'Marked at risk' }).waitFor();
    await history.getByText('Reason: No slot-in match and no ring fence: at-risk notice issued').waitFor();
    await history.getByText(/^Alex Morgan ·/).waitFor();

    await page.getByRole('button', { name: /Decision/ }).click();
    assert.deepEqual(await page.getByRole('option').allTextContents(), ['Record a redeployment']);
    await page.keyboard.press('Escape');
    await checkA11y(page);
  });
});

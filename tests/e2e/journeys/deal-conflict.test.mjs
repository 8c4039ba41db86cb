import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y, CONSULTANT, launchBrowser, openSection, NORTHSHIRE, NORTHSHIRE_PROGRAMME, signIn, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

const SERVICE = 'Waste and Recycling';
const WASTE_DIRECTOR = 'director.waste@northshire.example';
const title = `FTE deal with ${SERVICE}`;

const statusOf = (page) => page.getByRole('term').filter({ hasText: 'Status' }).locator('xpath=following-sibling::dd[1]');

test('a director acting on a page made stale by the consultant is told, and reloads instead of overwriting', async () => {
  // Two people, two browsers, the same deal open at once.
  await withPage(browser, api.url, async (consultant) => {
    await withPage(browser, api.url, async (director) => {
      await signIn(consultant, CONSULTANT, 'Authorities');
      await openSection(consultant, 'Deals');
      await consultant.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
      await consultant.getByRole('table', { name: 'All deals' }).getByRole('link', { name: SERVICE }).click();
      await consultant.getByRole('heading', { level: 1, name: title }).waitFor();

      await signIn(director, WASTE_DIRECTOR, NORTHSHIRE);
      const mine = director.getByRole('table', { name: `FTE deals in ${NORTHSHIRE_PROGRAMME}` });
      await mine.getByRole('link', { name: SERVICE }).click();
      await director.getByRole('heading', { level: 1, name: title }).waitFor();
      assert.equal(await statusOf(director).textContent(), 'Countered');
      // The director's own counter is on the table: they may walk away, not counter or agree it.
      await director.getByRole('button', { name: 'Reject the deal' }).waitFor();
      assert.equal(await director.getByRole('button', { name: 'Counter with different terms' }).count(), 0);
      assert.equal(await director.getByRole('button', { name: 'Agree to this offer' }).count(), 0);
      await checkA11y(director);

      // The consultant agrees the director's offer.
      await consultant.getByRole('button', { name: 'Agree to this offer' }).click();
      await consultant.getByRole('button', { name: 'Confirm the agreement' }).click();
      await consultant.getByRole('status').filter({ hasText: 'The deal is agreed.' }).waitFor();
      assert.equal(await statusOf(consultant).textContent(), 'Agreed');

      // The director, still looking at the countered deal, rejects it: the API refuses the stale
      // version and nothing is overwritten.
      await director.getByRole('button', { name: 'Reject the deal' }).click();
      await director.getByLabel('Reason', { exact: true }).fill('The depot contracts need both officers after all');
      await director.getByRole('button', { name: 'Confirm the rejection' }).click();
      const changed = director.getByRole('alert').filter({ hasText: 'This deal changed while you were looking at it' });
      await changed.waitFor();
      assert.equal(await statusOf(director).textContent(), 'Countered', 'the stale page is not silently refreshed');
      await checkA11y(director);

      await changed.getByRole('button', { name: 'Reload' }).click();
      await changed.waitFor({ state: 'detached' });
      await director.getByText('Agreed', { exact: true }).first().waitFor();
      assert.equal(await statusOf(director).textContent(), 'Agreed');
      assert.equal(await director.getByRole('button', { name: /Counter/ }).count(), 0, 'no counter on an agreed deal');
      assert.equal(await director.getByRole('button', { name: 'Reject the deal' }).count(), 0);
      await director.getByRole('button', { name: 'Propose an amendment' }).waitFor();
      await director.getByRole('heading', { level: 3, name: 'Agreed by the programme side' }).waitFor();
      assert.equal(await director.getByRole('heading', { level: 3, name: /Rejected/ }).count(), 0, 'the rejection was never recorded');
      await checkA11y(director);
    });
  });
});

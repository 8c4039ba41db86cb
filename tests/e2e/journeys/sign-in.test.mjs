import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y, DEMO_PASSWORD, launchBrowser, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

const NORTHSHIRE = 'Northshire County Council';
const EASTBROOK = 'Eastbrook Borough Council';

async function signIn(page, email, password) {
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in to OrgLedger' }).waitFor();
  await checkA11y(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const storedSession = (page) => page.evaluate(() => window.sessionStorage.getItem('orgledger.session'));
const navLinks = (page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();

test('a consultant sees both demo councils and opens Northshire down to its services', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, 'consultant@meridian.example', DEMO_PASSWORD);

    await page.getByRole('heading', { level: 1, name: 'Authorities' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/authorities');
    const banner = page.getByRole('banner');
    await banner.getByText('Alex Morgan').waitFor();
    await banner.getByText('Consultant', { exact: true }).waitFor();
    await banner.getByText('Meridian Change Partners').waitFor();
    assert.ok(await banner.getByRole('button', { name: 'Sign out' }).isVisible());
    // the stages in four groups, so that the navigation fits one line; the current group's sections below
    assert.deepEqual(await navLinks(page), ['Set up', 'Analyse', 'Fund and design', 'Approve and deliver']);
    assert.deepEqual(await page.getByRole('navigation', { name: 'Set up' }).getByRole('link').allTextContents(), ['Authorities', 'Programmes', 'Templates']);

    const table = page.getByRole('table', { name: 'Authorities you work with' });
    const northshire = table.getByRole('row', { name: new RegExp(NORTHSHIRE) });
    await northshire.waitFor();
    await table.getByRole('row', { name: new RegExp(EASTBROOK) }).waitFor();
    assert.equal(await table.getByRole('row').count(), 3, 'a header row and one row per council');
    // 4 directorates, 15 services and one programme in the demo data.
    assert.deepEqual(
      (await northshire.getByRole('cell').allTextContents()).map((t) => t.trim()),
      ['County council', '4', '15', 'Central contract management function'],
    );
    await checkA11y(page);

    await table.getByRole('link', { name: NORTHSHIRE }).click();
    await page.getByRole('heading', { level: 1, name: NORTHSHIRE }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/authorities\/[^/]+$/);
    await page.getByRole('heading', { level: 2, name: 'Directorates and services' }).waitFor();
    const place = page.getByRole('region', { name: 'Place and Environment' });
    assert.deepEqual(await place.getByRole('list', { name: 'Services in Place and Environment' }).getByRole('listitem').allTextContents(), [
      'Highways',
      'Waste and Recycling',
      'Planning and Building Control',
      'Property and Estates',
    ]);
    for (const directorate of ['Adults, Health and Wellbeing', "Children's Services", 'Resources']) {
      await page.getByRole('heading', { level: 3, name: directorate }).waitFor();
    }
    await page.getByRole('heading', { level: 2, name: 'Programmes' }).waitFor();
    await page.getByRole('rowheader', { name: 'Central contract management function' }).waitFor();
    assert.equal(await page.getByText(EASTBROOK).count(), 0);
    await checkA11y(page);

    await page.getByRole('navigation', { name: 'Set up' }).getByRole('link', { name: 'Programmes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    await page.getByRole('rowheader', { name: 'Central contract management function' }).waitFor();
    await page.getByRole('rowheader', { name: 'Customer contact redesign' }).waitFor();
    await checkA11y(page);

    await page.getByRole('button', { name: 'All authorities Authority' }).click();
    await page.getByRole('listbox').waitFor();
    await checkA11y(page);
    await page.getByRole('option', { name: EASTBROOK }).click();
    await page.getByRole('button', { name: `${EASTBROOK} Authority` }).waitFor();
    await page.getByRole('rowheader', { name: 'Central contract management function' }).waitFor({ state: 'detached' });
    assert.deepEqual(await page.getByRole('rowheader').allTextContents(), ['Customer contact redesign']);
    assert.ok(new URL(page.url()).searchParams.get('authority'), 'the filter is kept in the address');
    await checkA11y(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to OrgLedger' }).waitFor();
    await page.getByText('You have signed out.').waitFor();
    assert.equal(await storedSession(page), null);
    await checkA11y(page);
  });
});

test('a wrong password shows the error and starts no session', async () => {
  await withPage(browser, api.url, async (page) => {
    // Empty fields are caught before anything is sent, with a summary linking to each field.
    await signIn(page, '', '');
    await page.getByRole('link', { name: 'Enter your email address' }).waitFor();
    await page.getByRole('link', { name: 'Enter your password' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'password');
    await checkA11y(page);

    await page.getByLabel('Email address').fill('consultant@meridian.example');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Email or password is not right' });
    await alert.waitFor();
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.equal(await storedSession(page), null);
    await checkA11y(page);

    // An unknown address gets exactly the same answer, so nobody learns which emails exist.
    await page.getByLabel('Email address').fill('nobody@meridian.example');
    await page.getByLabel('Password').fill('not-the-password');
    await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/graphql'),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    await alert.waitFor();
    assert.equal(await page.getByRole('alert').textContent(), 'Email or password is not right');
    assert.equal(await storedSession(page), null);

    // Without a session the workspace sends you back to sign in.
    await page.goto('/authorities');
    await page.getByRole('heading', { level: 1, name: 'Sign in to OrgLedger' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.equal(new URL(page.url()).searchParams.get('next'), '/authorities');
    await checkA11y(page);
  });
});

test('a service director sees only Northshire, in the portal, and never Eastbrook', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, 'director.highways@northshire.example', DEMO_PASSWORD);

    await page.getByRole('heading', { level: 1, name: NORTHSHIRE }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/portal');
    await page.getByText('Council portal').waitFor();
    await page.getByRole('banner').getByText('Service director', { exact: true }).waitFor();
    assert.deepEqual(await navLinks(page), ['Home']);
    await page.getByRole('heading', { level: 2, name: 'What awaits you' }).waitFor();
    // Highways returned its activity analysis in the demo, so the portal asks for an update.
    await page.getByRole('link', { name: 'Update the activity analysis for Highways' }).waitFor();
    await page.getByText('Highways (Place and Environment)').waitFor();
    assert.equal(await page.getByText(EASTBROOK).count(), 0);
    await checkA11y(page);

    // The workspace is not theirs: the app sends them home rather than showing other councils.
    await page.goto('/authorities');
    await page.getByRole('heading', { level: 1, name: NORTHSHIRE }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/portal');
    assert.equal(await page.getByText(EASTBROOK).count(), 0);

    // And the API itself answers with Northshire only, whatever the client asks for.
    const answer = await page.evaluate(async () => {
      const { token } = JSON.parse(window.sessionStorage.getItem('orgledger.session'));
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ authorities { name } programmes { name } }' }),
      });
      return response.json();
    });
    assert.deepEqual(answer.data?.authorities, [{ name: NORTHSHIRE }], JSON.stringify(answer));
    assert.ok(!JSON.stringify(answer).includes('Eastbrook'), JSON.stringify(answer));
  });
});

test('an auditor sees only the councils they were granted', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, 'auditor@meridian.example', DEMO_PASSWORD);

    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/audit');
    assert.deepEqual(await navLinks(page), ['Audit']);
    await page.getByRole('banner').getByText('Auditor', { exact: true }).waitFor();
    const table = page.getByRole('table', { name: 'Authorities you may audit' });
    await table.getByRole('rowheader', { name: NORTHSHIRE }).waitFor();
    assert.deepEqual(await table.getByRole('rowheader').allTextContents(), [NORTHSHIRE]);
    assert.equal(await page.getByText(EASTBROOK).count(), 0);
    await checkA11y(page);
  });
});

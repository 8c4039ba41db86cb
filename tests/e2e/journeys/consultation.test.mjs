import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkA11y,
  CONSULTANT,
  DEMO_PASSWORD,
  launchBrowser,
  NORTHSHIRE,
  openSection,
  NORTHSHIRE_PROGRAMME,
  signIn,
  startApi,
  withPage,
} from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

const PLAN = 'County Hall scenario: 25 proposed dismissals with Resources';
const INDIVIDUAL = 'Contract management function: individual consultation';
const figure = (page, term) =>
  page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
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
    await page
      .getByRole('status')
      .filter({ hasText: /^Consultation launched on / })
      .waitFor();
    assert.equal(await launch.count(), 0);
    await checkA11y(page);
  });
});

test('a consultant drafts a plan for 19 dismissals and revises its scope to 20: the 30-day rule then applies', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openSection(page, 'Consultation');
    await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
    await page.getByRole('heading', { level: 1, name: 'Consultation plans' }).waitFor();
    await page.getByLabel('Title').fill('Highways depot scenario');
    await page.getByLabel('Establishment', { exact: true }).fill('Highways depot, Northshire');
    await page.getByLabel('Proposed dismissals at that establishment within 90 days').fill('19');
    await page.getByLabel('Recognised trade unions').fill('UNISON');
    await page.getByRole('button', { name: 'Draft the plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Highways depot scenario' }).waitFor();
    assert.match(await figure(page, 'Statutory minimum period').textContent(), /^None: fewer than 20 proposed dismissals/);

    await page.getByText('Change the scope').click();
    await page.getByLabel('Proposed dismissals at that establishment within 90 days').fill('');
    await page.getByRole('button', { name: 'Revise the scope' }).click();
    await page.getByRole('link', { name: 'Enter the proposed dismissals as a whole number, such as 25' }).waitFor();
    await checkA11y(page);
    await page.getByLabel('Proposed dismissals at that establishment within 90 days').fill('20');
    await page.getByLabel('Why the scope changes (optional)').fill('One more post at the depot in the same 90 days');
    await page.getByRole('button', { name: 'Revise the scope' }).click();
    await page.getByRole('status').filter({ hasText: 'Scope revised.' }).waitFor();
    await page.getByText(/^30 days before the first dismissal takes effect/).waitFor();
    assert.match(await figure(page, 'Proposed dismissals').textContent(), /^20 at this establishment/);
    await checkA11y(page);
  });
});

test('the HR partner reaches consultation from the portal and uploads protected characteristics by post reference', async () => {
  const { signIn: session } = await api.graphql('mutation ($i: SignInInput!) { signIn(input: $i) { token } }', {
    i: { email: 'hr@northshire.example', password: DEMO_PASSWORD },
  });
  const { programmes } = await api.graphql('{ programmes { id name } }', {}, session.token);
  const programmeId = programmes.find((p) => p.name === NORTHSHIRE_PROGRAMME).id;
  const { consultationPlans } = await api.graphql(
    'query ($p: ID!) { consultationPlans(programmeId: $p) { title individuals { postReference } } }',
    { p: programmeId },
    session.token,
  );
  const refs = consultationPlans.find((p) => p.title === INDIVIDUAL).individuals.map((i) => i.postReference);
  const csv = (rows) => ({ name: 'equality.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });

  await withPage(browser, api.url, async (page) => {
    await signIn(page, 'hr@northshire.example', NORTHSHIRE);
    const consultation = page.getByRole('region', { name: 'Staff consultation' });
    await consultation.getByRole('link', { name: INDIVIDUAL }).click();
    await page.getByRole('heading', { level: 1, name: INDIVIDUAL }).waitFor();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).waitFor();
    assert.deepEqual(
      await page
        .getByRole('navigation', { name: `${NORTHSHIRE_PROGRAMME} sections` })
        .getByRole('link')
        .allTextContents(),
      ['Consultation', 'Handover'],
    );
    await checkA11y(page);

    // A sheet with names in it is refused whole: people are identified by post reference only.
    await page.getByText('Upload protected characteristics from a CSV file').click();
    await page
      .getByLabel('CSV file')
      .setInputFiles(csv(['Post reference,Employee name,Protected characteristic,Group', `${refs[0]},A. Person,Disability,Not disabled`]));
    await page.getByRole('button', { name: 'Upload the characteristics' }).click();
    const rejected = page.getByRole('alert').filter({ hasText: '1 row has problems; nothing was imported' });
    await rejected.getByRole('cell', { name: 'Remove this column: people are identified by post reference only' }).waitFor();
    await checkA11y(page);

    await page.getByLabel('CSV file').setInputFiles(csv(['Post reference,Protected characteristic,Group', ...refs.map((r) => `${r},Disability,Not disabled`)]));
    await page.getByLabel('Where the data comes from (optional)').fill('HR system extract, January 2027');
    await page.getByRole('button', { name: 'Upload the characteristics' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Recorded ${refs.length} characteristics for ${refs.length} people from equality.csv.` })
      .waitFor();
    await page
      .getByRole('table', { name: /^Affected pool by stage/ })
      .getByRole('rowheader', { name: 'Disability' })
      .waitFor();
    await checkA11y(page);
  });
});

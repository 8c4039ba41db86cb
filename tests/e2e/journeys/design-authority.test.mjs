import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y, CONSULTANT, launchBrowser, openSection, NORTHSHIRE, NORTHSHIRE_PROGRAMME, signIn, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

const HR = 'hr@northshire.example';
const FINANCE = 'finance@northshire.example';
const DA = 'da@northshire.example';
const CONDITION = 'Agree the consultation timetable with UNISON and GMB';
const CONSULTATION_PLAN = 'County Hall scenario: 25 proposed dismissals with Resources';
// The API checks meeting dates against its own UTC day.
const today = new Date().toISOString().slice(0, 10);
const [year, month, day] = today.split('-').map(Number);
const financialYear = month >= 4 ? `${year}/${String((year + 1) % 100).padStart(2, '0')}` : `${year - 1}/${String(year % 100).padStart(2, '0')}`;

async function fillDate(group, y, m, d) {
  await group.getByLabel('Day').fill(String(d));
  await group.getByLabel('Month').fill(String(m));
  await group.getByLabel('Year').fill(String(y));
}

async function openApproval(page) {
  await openSection(page, 'Approval');
  await page.getByRole('heading', { level: 1, name: 'Approval' }).waitFor();
  await checkA11y(page);
  await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
  await page.getByRole('heading', { level: 1, name: 'Design Authority' }).waitFor();
}

test('the HR business partner approves a job description in the portal', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, HR, NORTHSHIRE);
    const awaits = page.getByRole('region', { name: 'What awaits you' });
    const task = awaits.getByRole('link', { name: 'Approve or send back version 1 of a job description' });
    await task.waitFor();
    await checkA11y(page);
    await task.click();

    await page.getByRole('heading', { level: 1, name: /^Job description: / }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Version 1 awaiting HR approval' }).waitFor();
    await page.getByRole('heading', { name: 'Accountabilities' }).waitFor();
    await page.getByText('Experience of managing contracts or supplier performance').waitFor();
    await checkA11y(page);

    // Sending back without saying what to change is refused before anything is sent.
    await page.getByRole('button', { name: 'Send back for changes' }).click();
    await page.getByRole('link', { name: 'Enter what needs to change' }).waitFor();
    await checkA11y(page);

    await page.getByRole('button', { name: 'Approve version 1' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 1 of the job description approved.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Version 1 approved by HR' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Approve version 1' }).count(), 0);
    await checkA11y(page);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
    await awaits.getByRole('link', { name: /^Approve the job evaluation result/ }).waitFor();
    assert.equal(await awaits.getByRole('link', { name: 'Approve or send back version 1 of a job description' }).count(), 0);
  });

  // The consultant sees the JD approved on the grading page.
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openApproval(page);
    await page.getByRole('navigation', { name: 'Approval stage' }).getByRole('link', { name: 'Job descriptions and grading' }).click();
    const table = page.getByRole('table', { name: 'Job description, evaluation and grade of each post' });
    await table.waitFor();
    assert.equal(await table.getByText('Version 1 awaiting HR approval').count(), 0);
    await page.getByRole('table', { name: 'Grades from 1 April 2025' }).waitFor();
    await checkA11y(page);
    await table.getByRole('link').first().click();
    await page.getByRole('button', { name: 'Submit for HR approval' }).waitFor();
    await checkA11y(page);
  });
});

test('the finance business partner signs off the function budget in the portal', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, FINANCE, NORTHSHIRE);
    const task = page
      .getByRole('region', { name: 'What awaits you' })
      .getByRole('link', { name: `Sign off the ${financialYear} budget for ${NORTHSHIRE_PROGRAMME}` });
    await task.waitFor();
    await checkA11y(page);
    await task.click();
    await page.getByRole('heading', { level: 1, name: `Function budget ${financialYear}` }).waitFor();
    await page.getByRole('table', { name: new RegExp(`^Full cost of each post of .*, ${financialYear.replace('/', '\\/')}$`) }).waitFor();
    await checkA11y(page);
    await page.getByLabel('Note').fill('Affordable within the medium-term financial strategy; the gap is met from the transformation reserve');
    await page.getByRole('button', { name: 'Sign off the budget' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The ${financialYear} budget is signed off.` })
      .waitFor();
    await page.getByText('These are still today’s figures.').waitFor();
    await checkA11y(page);
  });
});

test('a Design Authority member approves with a condition, and consultation launch waits for its discharge', async () => {
  // The consultant puts the proposal as it stands in front of the Design Authority again.
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openApproval(page);
    await page.getByRole('heading', { level: 2, name: /^Consultation launch and recruitment: open$/ }).waitFor();
    await checkA11y(page);
    await page.getByLabel('Consultation outline').fill('45-day collective consultation with UNISON and GMB from January');
    await page.getByRole('button', { name: 'Submit to Design Authority' }).click();
    await page.getByRole('status').filter({ hasText: 'Submitted to the Design Authority.' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Consultation launch and recruitment: blocked until the Design Authority decides on the submission' })
      .waitFor();
    await checkA11y(page);
  });

  await withPage(browser, api.url, async (page) => {
    await signIn(page, DA, NORTHSHIRE);
    const task = page.getByRole('region', { name: 'What awaits you' }).getByRole('link', { name: /^Decide on the proposal/ });
    await task.waitFor();
    await checkA11y(page);
    await task.click();
    await page.getByRole('heading', { level: 1, name: 'Design Authority decision' }).waitFor();
    await page.getByRole('heading', { name: 'Consultation outline' }).waitFor();
    await page.getByText('45-day collective consultation with UNISON and GMB from January').waitFor();
    await checkA11y(page);

    await page.getByRole('button', { name: /Choose the decision/ }).click();
    await page.getByRole('option', { name: 'Approved with conditions' }).click();
    await fillDate(page.getByRole('group', { name: 'Meeting date' }), year, month, day);
    await page.getByRole('textbox', { name: 'Condition 1', exact: true }).fill(CONDITION);
    await page.getByLabel('Owner of condition 1').fill('Dev Patel (HR)');
    await fillDate(page.getByRole('group', { name: 'Due date of condition 1' }), year + 1, 1, 15);
    await checkA11y(page);
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByRole('status').filter({ hasText: 'Decision recorded: Approved with conditions.' }).waitFor();
    await page
      .getByRole('heading', {
        level: 2,
        name: `Consultation launch and recruitment: blocked until the blocking condition “${CONDITION}” is discharged (owner Dev Patel (HR), due 15 January ${year + 1})`,
      })
      .waitFor();
    await page.getByRole('table', { name: 'Conditions of the approval' }).getByRole('rowheader', { name: CONDITION }).waitFor();
    await checkA11y(page);
  });

  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    // The open condition awaits the consultancy, and its task leads to the Design Authority page.
    await openSection(page, 'Deals');
    await page.getByRole('heading', { level: 1, name: 'FTE deals' }).waitFor();
    const condition = page
      .getByRole('region', { name: 'What awaits you' })
      .getByRole('link', { name: new RegExp(`^Blocking condition due .*: ${CONDITION}$`) });
    await checkA11y(page);
    await condition.click();
    await page.getByRole('heading', { level: 1, name: 'Design Authority' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Consultation launch and recruitment: blocked until the blocking condition/ }).waitFor();
    await checkA11y(page);

    // Meanwhile a consultation plan of the programme cannot be launched, and says why.
    const sections = page.getByRole('navigation', { name: `${NORTHSHIRE_PROGRAMME} sections` });
    await sections.getByRole('link', { name: 'Consultation' }).click();
    await page.getByRole('link', { name: CONSULTATION_PLAN }).click();
    await page.getByRole('heading', { level: 1, name: CONSULTATION_PLAN }).waitFor();
    const launch = page.getByRole('button', { name: 'Launch consultation' });
    assert.equal(await launch.isDisabled(), true, 'consultation launch waits for the blocking condition');
    await page.locator('#launch-reason').filter({ hasText: `The Design Authority gate is closed: condition` }).filter({ hasText: CONDITION }).waitFor();
    await checkA11y(page);
    await sections.getByRole('link', { name: 'Approval' }).click();
    await page.getByRole('heading', { level: 1, name: 'Design Authority' }).waitFor();

    await page.getByLabel('Evidence').fill('Timetable agreed at the joint consultative committee');
    await page.getByRole('button', { name: 'Discharge the condition' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Condition discharged: ${CONDITION}` })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Consultation launch and recruitment: open' }).waitFor();
    await checkA11y(page);

    // From the Design Authority the programme's next sections are one tab away.
    assert.deepEqual(await sections.getByRole('link').allTextContents(), [
      'FTE deals',
      'Funding position',
      'Function design',
      'Transition map',
      'Approval',
      'Consultation',
      'Handover',
    ]);
    await sections.getByRole('link', { name: 'Consultation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Consultation plans' }).waitFor();
    await checkA11y(page);
    // The gate no longer holds the plan back; only its own broken rules do (the consultation journey fixes them).
    await page.getByRole('link', { name: CONSULTATION_PLAN }).click();
    await page.locator('#launch-reason').filter({ hasText: 'Fix the rules this plan breaks before launching it.' }).waitFor();
    await sections.getByRole('link', { name: 'Approval' }).click();
    await page.getByRole('heading', { level: 1, name: 'Design Authority' }).waitFor();

    // The pack shows the decision from the submission's snapshot, ready to print.
    await page.getByRole('link', { name: 'Open the printable submission pack' }).click();
    await page.getByRole('heading', { level: 1, name: `Design Authority submission pack – ${NORTHSHIRE_PROGRAMME}` }).waitFor();
    const record = page.getByRole('region', { name: 'Decision record' });
    await record.getByText('Approved with conditions').first().waitFor();
    await record.getByRole('rowheader', { name: CONDITION }).waitFor();
    await record.getByText('Timetable agreed at the joint consultative committee', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Consultation outline' }).getByText('45-day collective consultation with UNISON and GMB from January').waitFor();
    await page
      .getByRole('region', { name: 'Costs' })
      .getByText(/Full cost at the middle SCP of each grade for/)
      .waitFor();
    await checkA11y(page);
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => {
        window.printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print' }).click();
    assert.equal(await page.evaluate(() => window.printed), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
  });
});

test('a consultant reads the full costs and budget, changes a non-pay line and records exit-cost facts', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openApproval(page);
    await page.getByRole('navigation', { name: 'Approval stage' }).getByRole('link', { name: 'Full costs and budget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Full costs and budget' }).waitFor();
    const costs = page.getByRole('table', { name: new RegExp(`^Full cost of each post of .*, ${financialYear.replace('/', '\\/')}$`) });
    await costs.waitFor();
    await page.getByRole('heading', { name: 'Where the figures come from' }).waitFor();
    await checkA11y(page);

    const total = async () =>
      (
        await page
          .getByRole('region', { name: `Function budget ${financialYear}` })
          .locator('dt', { hasText: /^Total$/ })
          .locator('xpath=following-sibling::dd')
          .textContent()
      ).trim();
    const before = await total();
    await page.getByLabel('Line 3', { exact: true }).fill('Supplier relationship management training');
    await page.getByLabel('Line 3, £ a year').fill('5,000.00');
    await page.getByRole('button', { name: 'Save the non-pay lines' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Non-pay lines for ${financialYear} saved.` })
      .waitFor();
    await page
      .getByRole('table', { name: `Non-pay lines, ${financialYear}` })
      .getByRole('rowheader', { name: 'Supplier relationship management training' })
      .waitFor();
    const pence = (text) => Number(text.replace(/[£,.]/g, ''));
    assert.equal(pence(await total()) - pence(before), 500_000);
    await checkA11y(page);

    // ACM-0005 was put at risk in the transition: age 58 with 25 years, dismissed on 30 September 2026.
    const exits = page.getByRole('table', { name: 'Exit costs of the posts put at risk' });
    await exits.getByRole('rowheader', { name: /^ACM-0005/ }).waitFor();
    await page.getByRole('button', { name: /Choose a post/ }).click();
    await page.getByRole('option', { name: /^ACM-0005/ }).click();
    await page.getByLabel('Age on the dismissal date').fill('58');
    await page.getByLabel('Complete years of continuous service').fill('25');
    await page.getByLabel("Actual week's pay, £").fill('800.00');
    await page.getByLabel("The fund's strain cost estimate, £ (optional)").fill('45,000.00');
    await fillDate(page.getByRole('group', { name: 'Expected dismissal date' }), 2026, 9, 30);
    await page.getByRole('button', { name: 'Record the facts' }).click();
    await page.getByRole('status').filter({ hasText: 'Exit-cost facts recorded.' }).waitFor();
    // The last 20 years at ages 57 to 38: 28½ weeks at the £751 cap in force from 6 April 2026 = £21,403.50.
    const row = exits.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^ACM-0005/ }) });
    await row.getByText('£21,403.50').waitFor();
    await row.getByText('55+ strain cost').waitFor();
    await checkA11y(page);
  });
});

test('a consultant compares the options’ business case over the plan, changes an assumption with a reason and downloads the workbook', async () => {
  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openApproval(page);
    await page.getByRole('navigation', { name: 'Approval stage' }).getByRole('link', { name: 'Business case' }).click();
    await page.getByRole('heading', { level: 1, name: 'Business case' }).waitFor();
    await page.getByText(/^Decided: “Northshire MTFS 2026–2031/).waitFor();
    // Both options side by side, a column per year of the five-year plan.
    const chosen = page.getByRole('table', { name: /^Option B: single central team \(chosen option\)/ });
    await chosen.waitFor();
    await page.getByRole('table', { name: /^Option A: hub and spoke:/ }).waitFor();
    await chosen.getByRole('columnheader', { name: /^2030\/31/ }).waitFor();
    await chosen.getByRole('columnheader', { name: /^2026\/27 pay award 3% assumed/ }).waitFor();
    await checkA11y(page);

    // The assumptions are a decision: without a reason nothing is sent.
    await page.getByLabel('Vacancy factor, per cent').fill('2');
    await page.getByRole('button', { name: 'Save assumptions' }).click();
    await page.getByRole('link', { name: 'Say why: these assumptions are a decision, kept in the history' }).waitFor();
    await checkA11y(page);
    await page.getByLabel('Reason').fill('Vacancies now filled faster through the apprenticeship route');
    await page.getByRole('button', { name: 'Save assumptions' }).click();
    await page.getByRole('status').filter({ hasText: 'Business case assumptions saved.' }).waitFor();
    await page.getByText('Decided: “Vacancies now filled faster through the apprenticeship route”').waitFor();
    await checkA11y(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the workbook (.xlsx)' }).click()]);
    assert.equal(download.suggestedFilename(), 'business-case-central-contract-management-function.xlsx');
    await page.getByRole('status').filter({ hasText: 'an assumptions sheet and a sheet per option' }).waitFor();
  });
});

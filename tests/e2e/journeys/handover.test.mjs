import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y, CONSULTANT, DEMO_PASSWORD, launchBrowser, openSection, NORTHSHIRE, rowTexts, signIn, startApi, withPage } from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

const ISM = 'ism@northshire.example';
const DA = 'da@northshire.example';
const PROGRAMME = 'Contract analytics pilot';
const today = new Date().toISOString().slice(0, 10);
const dayAfter = (days) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const graphql = (query, variables, token) => api.graphql(query, variables, token);

const tokenOf = async (email) =>
  (await graphql('mutation ($i: SignInInput!) { signIn(input: $i) { token } }', { i: { email, password: DEMO_PASSWORD } })).signIn.token;

// Through the API: a second Northshire programme with a chosen two-post design, approved by the
// Design Authority, so that nothing is filled and both posts are vacancies to recruit.
async function approvedProgramme() {
  const token = await tokenOf(CONSULTANT);
  const { authorities } = await graphql('{ authorities { id name } }', {}, token);
  const authorityId = authorities.find((a) => a.name === NORTHSHIRE).id;
  const { startProgramme } = await graphql(
    'mutation ($i: StartProgrammeInput!) { startProgramme(input: $i) { id } }',
    {
      i: { authorityId, name: PROGRAMME, objective: 'Two contract analysts to build the spend and performance dashboards' },
    },
    token,
  );
  const programmeId = startProgramme.id;
  const { draftDesignOption } = await graphql(
    'mutation ($i: DraftDesignOptionInput!) { draftDesignOption(input: $i) { optionId } }',
    { i: { programmeId, name: 'Analytics cell' } },
    token,
  );
  const { optionId } = draftDesignOption;
  for (const title of ['Contract Analyst', 'Senior Contract Analyst']) {
    await graphql(
      'mutation ($i: AddDesignPostInput!) { addDesignPost(input: $i) { designPostId } }',
      {
        i: {
          programmeId,
          optionId,
          title,
          grade: title.startsWith('Senior') ? 10 : 9,
          fte: 1000,
          responsibilities: ['Analyse contract spend and KPIs'],
          indicativeCostPence: 5_000_000,
        },
      },
      token,
    );
  }
  await graphql(
    'mutation ($i: ChooseDesignOptionInput!) { chooseDesignOption(input: $i) { optionId } }',
    { i: { programmeId, optionId, reason: 'The only option' } },
    token,
  );
  const { submitToDesignAuthority } = await graphql(
    'mutation ($i: SubmitToDesignAuthorityInput!) { submitToDesignAuthority(input: $i) { submissions { submissionId } } }',
    {
      i: { programmeId, consultationOutline: 'New posts only: no consultation needed' },
    },
    token,
  );
  await graphql(
    'mutation ($i: RecordDesignAuthorityDecisionInput!) { recordDesignAuthorityDecision(input: $i) { gate { open } } }',
    {
      i: { programmeId, submissionId: submitToDesignAuthority.submissions[0].submissionId, decision: 'APPROVED', meetingDate: today },
    },
    await tokenOf(DA),
  );
}

async function openHandover(page) {
  await openSection(page, 'Handover');
  await page.getByRole('heading', { level: 1, name: 'Handover' }).waitFor();
  await checkA11y(page);
  await page.getByRole('link', { name: PROGRAMME }).click();
  await page.getByRole('heading', { level: 1, name: 'Recruitment handover' }).waitFor();
}

test('the consultant hands the recruitment plan over, the interim service manager accepts it and records progress', async () => {
  await approvedProgramme();

  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openHandover(page);
    await page.getByText('No recruitment plan has been drafted yet.').waitFor();
    await checkA11y(page);

    // Target dates that go backwards are caught before anything is sent.
    const analyst = page.getByRole('group', { name: /^Contract Analyst/ });
    const senior = page.getByRole('group', { name: /^Senior Contract Analyst/ });
    await analyst.getByLabel('Recruiting manager').fill('Head of Contract Management');
    await analyst.getByLabel('Internal advert target date').fill(dayAfter(7));
    await analyst.getByLabel('Interview target date').fill(dayAfter(3));
    await senior.getByLabel('Recruiting manager').fill('Head of Contract Management');
    await senior.getByLabel('External advert target date').fill(dayAfter(7));
    await senior.getByLabel('Start target date').fill(dayAfter(90));
    await page.getByRole('button', { name: 'Save the draft plan' }).click();
    await page.getByRole('link', { name: 'Contract Analyst: interview cannot be due before internal advert' }).waitFor();
    await checkA11y(page);

    await analyst.getByLabel('Interview target date').fill(dayAfter(21));
    await analyst.getByLabel('Start target date').fill(dayAfter(60));
    await page.getByRole('button', { name: 'Save the draft plan' }).click();
    await page.getByRole('status').filter({ hasText: 'The recruitment plan was saved as a draft.' }).waitFor();
    await page.getByRole('table', { name: 'Vacancies and their recruitment stages' }).waitFor();

    await page.getByRole('button', { name: /Interim service manager/ }).click();
    await page.getByRole('option', { name: 'Tom Reid' }).click();
    await page.getByRole('button', { name: 'Hand over the plan' }).click();
    await page.getByRole('status').filter({ hasText: 'The plan was handed over to Tom Reid.' }).waitFor();
    await page.getByText(/^Handed over to Tom Reid on .*; awaiting their answer\.$/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Save the draft plan' }).count(), 0);
    await checkA11y(page);
  });

  await withPage(browser, api.url, async (page) => {
    await signIn(page, ISM, NORTHSHIRE);
    // What awaits the manager links to the plan's portal page, where they answer it.
    const task = page
      .getByRole('region', { name: 'What awaits you' })
      .getByRole('link', { name: `Accept or return the recruitment and on-boarding plan for ${PROGRAMME} (2 vacancies)` });
    await page
      .getByRole('region', { name: PROGRAMME, exact: true })
      .getByText(/^Handed over to Tom Reid on .*; awaiting their answer\.$/)
      .waitFor();
    await checkA11y(page);
    await task.click();
    await page.getByRole('heading', { level: 1, name: 'Recruitment handover' }).waitFor();
    await page.getByText(`${PROGRAMME}, ${NORTHSHIRE}`).waitFor();
    await page.getByRole('button', { name: 'Accept the plan' }).waitFor();
    await checkA11y(page);
    await page.getByRole('button', { name: 'Accept the plan' }).click();
    await page.getByRole('status').filter({ hasText: 'You accepted the plan. You own it now and record its progress.' }).waitFor();

    const progress = page.getByRole('region', { name: 'Record progress' });
    await progress.getByRole('button', { name: /Choose a vacancy/ }).click();
    await page.getByRole('option', { name: 'Contract Analyst', exact: true }).click();
    await progress.getByRole('button', { name: /What happened/ }).click();
    await page.getByRole('option', { name: 'A stage was completed' }).click();
    await progress.getByRole('button', { name: /Choose a stage/ }).click();
    await page.getByRole('option', { name: 'Internal advert' }).click();
    await progress.getByLabel('Date completed').fill(today);
    await checkA11y(page);
    await progress.getByRole('button', { name: 'Record the progress' }).click();
    await page.getByRole('status').filter({ hasText: 'Contract Analyst: Internal advert recorded as completed.' }).waitFor();
    const row = page.getByRole('table', { name: `Recruitment plan for ${PROGRAMME}` }).getByRole('row', { name: /^Contract Analyst/ });
    assert.match((await rowTexts(row))[1], /^In progress/);
    await checkA11y(page);

    // Back home, the answered plan is no longer awaited; its page is one link away for progress.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
    const summary = page.getByRole('region', { name: PROGRAMME, exact: true });
    await summary.getByRole('link', { name: `Record progress for ${PROGRAMME}` }).waitFor();
    await task.waitFor({ state: 'detached' });
    await checkA11y(page);
  });

  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openHandover(page);
    await page.getByText(/^Tom Reid accepted the plan on .* The consultancy can read it but no longer change it\.$/).waitFor();
    const row = page.getByRole('table', { name: 'Vacancies and their recruitment stages' }).getByRole('row', { name: /^Contract Analyst/ });
    assert.match((await rowTexts(row)).join(' '), /Done/);
    assert.equal(await page.getByRole('button', { name: 'Save the draft plan' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Hand over the plan' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Record the progress' }).count(), 0);
    await page
      .getByRole('region', { name: 'History' })
      .getByText(/Tom Reid: Contract Analyst: Internal advert completed on/)
      .waitFor();
    await checkA11y(page);
  });
});

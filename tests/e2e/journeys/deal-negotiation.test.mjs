import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkA11y,
  CONSULTANT,
  DEMO_PASSWORD,
  launchBrowser,
  openSection,
  NORTHSHIRE,
  NORTHSHIRE_PROGRAMME,
  rowTexts,
  signIn,
  startApi,
  withPage,
} from '../support/index.mjs';

const api = await startApi();
const browser = await launchBrowser();

const SERVICE = 'Property and Estates';
const PROPERTY_DIRECTOR = 'director.property@northshire.example';

// As the tenant admin, through the API: Property and Estates has no director in the demo, and a
// consultant cannot answer as one (except on their behalf), so invite one first. The admin invites
// (not the consultant, whose deal the director will agree) and the director sets their password.
const graphql = (query, variables, token) => api.graphql(query, variables, token);

async function registerPropertyDirector() {
  const { signIn: session } = await graphql('mutation ($input: SignInInput!) { signIn(input: $input) { token } }', {
    input: { email: 'admin@meridian.example', password: DEMO_PASSWORD },
  });
  const { authorities } = await graphql('{ authorities { id name services { id name } } }', {}, session.token);
  const northshire = authorities.find((a) => a.name === NORTHSHIRE);
  const service = northshire.services.find((s) => s.name === SERVICE);
  const { inviteUser } = await graphql(
    'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { token } }',
    {
      input: {
        email: PROPERTY_DIRECTOR,
        displayName: 'Pat Quinn',
        role: 'SERVICE_DIRECTOR',
        authorityId: northshire.id,
        serviceId: service.id,
        reason: 'Director of Property and Estates joins the programme',
      },
    },
    session.token,
  );
  await graphql('mutation ($input: UseLinkInput!) { acceptInvitation(input: $input) { token } }', {
    input: { token: inviteUser.token, password: DEMO_PASSWORD },
  });
}

// "Agreed 3.000 FTE" → 3000 (thousandths), read from the funding page's headline figures.
async function agreedFte(page) {
  await openSection(page, 'Funding');
  await page.getByRole('heading', { level: 1, name: 'Funding position' }).waitFor();
  await page.getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
  const figures = page.getByRole('list', { name: 'Funding position, in FTE' });
  const agreed = figures.getByRole('listitem').filter({ hasText: /^Agreed/ });
  await agreed.waitFor();
  await page.getByRole('table', { name: 'Budget by financial year' }).waitFor();
  await checkA11y(page);
  const match = /Agreed\s*(\d+)\.(\d{3}) FTE/.exec(await agreed.textContent());
  assert.ok(match, 'the agreed figure reads like "3.000 FTE"');
  return Number(match[1]) * 1000 + Number(match[2]);
}

async function openLedger(page) {
  await openSection(page, 'Deals');
  await page.getByRole('heading', { level: 1, name: 'FTE deals' }).waitFor();
  await checkA11y(page);
  await page.getByRole('table', { name: 'Programmes and their FTE deals' }).getByRole('link', { name: NORTHSHIRE_PROGRAMME }).click();
  await page.getByRole('table', { name: 'All deals' }).waitFor();
}

const ledgerRow = (page) =>
  page
    .getByRole('table', { name: 'All deals' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: SERVICE, exact: true }) });

test('a consultant proposes a deal, the director counters in the portal, the consultant agrees and the funding follows', async () => {
  await registerPropertyDirector();
  let before;

  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    before = await agreedFte(page);

    await openLedger(page);
    assert.equal(await ledgerRow(page).count(), 0, `${SERVICE} has no deal yet`);
    await page.getByRole('region', { name: 'Funding position' }).getByRole('list', { name: 'Funding position, in FTE' }).waitFor();
    await checkA11y(page);

    await page.getByRole('link', { name: 'Propose a deal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Propose an FTE deal' }).waitFor();
    await checkA11y(page);
    await page.getByRole('button', { name: /Service/ }).click();
    await page.getByRole('option', { name: SERVICE }).click();
    await page.getByRole('heading', { level: 2, name: `Terms offered to ${SERVICE}` }).waitFor();
    await page.getByLabel('PRP-0005 FTE to release').waitFor();
    await checkA11y(page);

    // Too much from one post first: caught before anything is sent.
    await page.getByLabel('PRP-0007 FTE to release').fill('0.9');
    await page.getByLabel('PRP-0008 FTE to release').fill('1');
    await page.getByLabel('Budget line 1: amount in pounds').fill('45,000');
    await page.getByLabel('Budget line 2: amount in pounds').fill('90,000.00');
    await page.getByLabel('Effective date').fill('2027-04-01');
    await page.getByLabel('Linked service change (optional)').fill('Property and Estates service redesign 2027');
    await page.getByLabel('Rationale').fill('Facilities and lease contracts move to the central team');
    await page.getByRole('button', { name: 'Propose the deal' }).click();
    await page.getByRole('link', { name: 'PRP-0007 is 0.800 FTE, so it can release at most 0.8 FTE' }).waitFor();
    await checkA11y(page);

    await page.getByLabel('PRP-0007 FTE to release').fill('0.5');
    await page.getByRole('button', { name: 'Propose the deal' }).click();
    await page.getByRole('heading', { level: 1, name: `FTE deal with ${SERVICE}` }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `Deal proposed to ${SERVICE}.` })
      .waitFor();
    await page.getByRole('heading', { level: 3, name: 'Proposed by the programme side' }).waitFor();
    await checkA11y(page);

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to OrgLedger' }).waitFor();
  });

  await withPage(browser, api.url, async (page) => {
    await signIn(page, PROPERTY_DIRECTOR, NORTHSHIRE);
    const awaits = page.getByRole('region', { name: 'What awaits you' });
    const offer = awaits.getByRole('link', { name: `Answer the ${SERVICE} FTE deal: 1.500 FTE on the table` });
    await offer.waitFor();
    await page.getByRole('table', { name: `FTE deals in ${NORTHSHIRE_PROGRAMME}` }).waitFor();
    await checkA11y(page);
    await offer.click();

    await page.getByRole('heading', { level: 1, name: `FTE deal with ${SERVICE}` }).waitFor();
    await page.getByRole('table', { name: 'Source posts: on the table now' }).waitFor();
    await checkA11y(page);
    // The director answers for the service: no withdraw, which only the programme may do.
    assert.equal(await page.getByRole('button', { name: 'Withdraw the deal' }).count(), 0);

    await page.getByRole('button', { name: 'Counter with different terms' }).click();
    await page.getByLabel('PRP-0007 FTE to release').waitFor();
    assert.equal(await page.getByLabel('PRP-0007 FTE to release').inputValue(), '0.5', 'the form starts from the offer');
    await page.getByLabel('PRP-0007 FTE to release').fill('');
    await page.getByLabel('Budget line 2: amount in pounds').fill('60,000');
    await page.getByRole('button', { name: 'Send the counter-offer' }).click();
    await page.getByRole('link', { name: 'Enter the reason' }).waitFor();
    await checkA11y(page);
    await page.getByLabel('Reason', { exact: true }).fill('The lease officer stays with the estates team');
    await page.getByRole('button', { name: 'Send the counter-offer' }).click();
    await page.getByRole('status').filter({ hasText: 'Your counter-offer was sent.' }).waitFor();

    const history = page.getByRole('list', { name: 'Negotiation history, oldest first' });
    const counter = history.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Countered by the service side' }) });
    await counter.getByText('Pat Quinn, Service director').waitFor();
    await counter.getByText(/1\.500 → 1\.000 FTE/).waitFor();
    await counter.getByText(/The lease officer stays with the estates team/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Counter with different terms' }).count(), 0, 'the next move is the programme’s');
    await checkA11y(page);
  });

  await withPage(browser, api.url, async (page) => {
    await signIn(page, CONSULTANT, 'Authorities');
    await openLedger(page);
    const row = ledgerRow(page);
    await row.waitFor();
    const cells = await rowTexts(row);
    assert.equal(cells[1], 'Countered');
    assert.equal(cells[2], '1.000 on the table');
    assert.equal(cells[4], 'The programme');
    await page
      .getByRole('region', { name: 'What awaits you' })
      .getByRole('link', { name: `Answer the ${SERVICE} FTE deal: 1.000 FTE on the table` })
      .waitFor();
    await checkA11y(page);

    await row.getByRole('link', { name: SERVICE }).click();
    await page.getByRole('heading', { level: 1, name: `FTE deal with ${SERVICE}` }).waitFor();
    // The previous offer beside the one on the table.
    const terms = page.getByRole('table', { name: 'Terms of the deal, side by side' });
    await terms.getByRole('columnheader', { name: /Previous offer/ }).waitFor();
    assert.deepEqual(await rowTexts(terms.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'FTE released' }) })), [
      'FTE released',
      '1.500 FTE',
      '1.000 FTE',
    ]);
    await checkA11y(page);

    await page.getByRole('button', { name: 'Agree to this offer' }).click();
    await page.getByLabel('Reason (optional)').fill('Agreed at the programme board');
    await page.getByRole('button', { name: 'Confirm the agreement' }).click();
    await page.getByRole('status').filter({ hasText: 'The deal is agreed.' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Agreed by the programme side' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Agree to this offer' }).count(), 0);
    await page.getByRole('button', { name: 'Propose an amendment' }).waitFor();
    await checkA11y(page);

    // A note beside the negotiation: an empty one is refused before anything is sent, then the
    // note is kept with who wrote it.
    const note = 'Director agreed verbally on 3 Dec; written confirmation to follow.';
    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.getByText('No notes yet.').waitFor();
    await notes.getByRole('button', { name: 'Add the note' }).click();
    await notes.getByRole('link', { name: 'Enter the note' }).waitFor();
    await checkA11y(page);
    await notes.getByLabel('Add a note').fill(note);
    await notes.getByRole('button', { name: 'Add the note' }).click();
    await notes.getByRole('status').filter({ hasText: 'Your note was added.' }).waitFor();
    await notes
      .getByRole('listitem')
      .filter({ hasText: note })
      .getByText(/^Alex Morgan, /)
      .waitFor();
    assert.equal(await notes.getByLabel('Add a note').inputValue(), '', 'the field is ready for the next note');
    await checkA11y(page);

    const after = await agreedFte(page);
    assert.equal(after, before + 1000, `agreed FTE rose from ${before} by the 1.000 FTE agreed`);
  });
});

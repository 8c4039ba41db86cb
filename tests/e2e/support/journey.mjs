import { checkA11y } from './a11y.mjs';
import { DEMO_PASSWORD } from './api.mjs';

export const CONSULTANT = 'consultant@meridian.example';
export const HIGHWAYS_DIRECTOR = 'director.highways@northshire.example';
export const NORTHSHIRE = 'Northshire County Council';
export const EASTBROOK = 'Eastbrook Borough Council';
export const NORTHSHIRE_PROGRAMME = 'Central contract management function';

// The sign-in page is the same for everyone: axe checks it once per journey file, not at each of
// the ~50 sign-ins (sign-in.test.mjs checks its error states).
let signInPageChecked = false;

/** Signs in through the form (checking the sign-in page once) and waits for the home page's heading. */
export async function signIn(page, email, homeHeading) {
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in to OrgLedger' }).waitFor();
  if (!signInPageChecked) {
    await checkA11y(page);
    signInPageChecked = true;
  }
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: homeHeading }).waitFor();
}

export function mainNav(page, label) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true });
}

// The workspace's main navigation shows groups of sections (apps/web/src/app/nav-model.ts); a
// section is one click further, in the row of its group.
const SECTION_GROUP = {
  Authorities: 'Set up',
  Programmes: 'Set up',
  Templates: 'Set up',
  Establishment: 'Analyse',
  Analysis: 'Analyse',
  Definition: 'Analyse',
  Contracts: 'Analyse',
  Benefits: 'Analyse',
  Capacity: 'Analyse',
  Deals: 'Fund and design',
  Funding: 'Fund and design',
  Design: 'Fund and design',
  People: 'Fund and design',
  Approval: 'Approve and deliver',
  Consultation: 'Approve and deliver',
  Handover: 'Approve and deliver',
};

/** Opens a section the way a person does: its group in the main navigation, then the section. */
export async function openSection(page, label) {
  const group = SECTION_GROUP[label];
  if (!group) return mainNav(page, label).click();
  await mainNav(page, group).click();
  await page.getByRole('navigation', { name: group }).getByRole('link', { name: label, exact: true }).click();
}

/** The text of each cell in a table row, trimmed (row headers included). */
export async function rowTexts(row) {
  const cells = row.locator(':scope > th, :scope > td');
  return (await cells.allTextContents()).map((t) => t.trim());
}

/** Records the GraphQL operations the page sends, by operation name. */
export function recordOperations(page) {
  const names = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql' || request.method() !== 'POST') return;
    const query = request.postDataJSON()?.query ?? '';
    const match = /^\s*(?:query|mutation)\s+(\w+)/.exec(query);
    if (match) names.push(match[1]);
  });
  return names;
}

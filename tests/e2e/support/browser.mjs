import { existsSync } from 'node:fs';
import { after } from 'node:test';
import { chromium } from 'playwright-core';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Headless Debian Chromium, closed in `after()`. */
export async function launchBrowser() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: chromiumArgs,
  });
  after(() => browser.close());
  return browser;
}

/**
 * Runs one journey in a fresh context (its own sessionStorage). Fails the journey on uncaught page
 * errors, so a broken screen cannot pass just because the asserted text happened to render.
 */
export async function withPage(browser, baseURL, journey) {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  // The app's Content-Security-Policy must never block part of the app itself.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) pageErrors.push(new Error(`CSP violation: ${message.text()}`));
  });
  try {
    await journey(page);
  } finally {
    await context.close();
  }
  if (pageErrors.length) throw new Error(`Uncaught errors in the page:\n${pageErrors.map((e) => e.stack ?? e.message).join('\n')}`);
}

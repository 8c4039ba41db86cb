export { DEMO_PASSWORD, repoRoot, startApi } from './api.mjs';
export { launchBrowser, withPage } from './browser.mjs';
export { checkA11y } from './a11y.mjs';

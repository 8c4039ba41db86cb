export { DEMO_PASSWORD, repoRoot, startApi } from './api.mjs';
export { launchBrowser, withPage } from './browser.mjs';
export { checkA11y } from './a11y.mjs';
export {
  CONSULTANT,
  EASTBROOK,
  HIGHWAYS_DIRECTOR,
  mainNav,
  NORTHSHIRE,
  openSection,
  NORTHSHIRE_PROGRAMME,
  recordOperations,
  rowTexts,
  signIn,
} from './journey.mjs';

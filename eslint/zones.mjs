// Module zones inside one project: a folder whose children are modules that may reach each other
// only through a public entry. Shared by the ESLint rules (eslint/boundaries.mjs) and the
// architecture spec (tests/architecture), so both judge an import the same way.
// Paths are repository-relative with forward slashes, and `to` is a resolved file.

const WEB = 'apps/web/src';
const API = 'apps/api/src';
const DOMAIN = 'packages/domain/src';

// Folders of apps/api/src that are not slices: the platform every slice stands on, and the
// composition roots that drive every slice from above (demo seed, command-line tools, benchmark).
const API_PLATFORM = 'platform';
const API_ROOTS = new Set(['cli', 'demo', 'bench']);
// `features/deals` (the folder) or `features/deals/index.ts`.
const PUBLIC_ENTRY = /^(index\.(ts|tsx|mts|js|mjs))?$/;

// The folders of `file` below `root`, or undefined when it lies elsewhere.
function segments(root, file) {
  return file.startsWith(root + '/') ? file.slice(root.length + 1).split('/') : undefined;
}

// The web client: a feature reaches lib/, components/, gql/, its own files and another feature's
// index; app/ sits above every feature; shared code sits below them all.
export function webFeatureViolation(from, to) {
  const a = segments(WEB, from);
  const b = segments(WEB, to);
  if (!a || !b || a.length < 2 || b.length < 2 || a[0] === 'app') return undefined;
  const inFeature = a[0] === 'features' && a.length > 2;
  if (inFeature && b[0] === 'features' && b[1] !== a[1] && !PUBLIC_ENTRY.test(b.slice(2).join('/'))) {
    return `feature "${a[1]}" reaches inside feature "${b[1]}": import features/${b[1]}/index.ts instead`;
  }
  if (inFeature && b[0] === 'app') return `feature "${a[1]}" imports app/, which sits above the features`;
  if (a[0] !== 'features' && (b[0] === 'features' || b[0] === 'app')) {
    return `shared code (${a[0]}/) imports ${b.slice(0, 2).join('/')}: shared code must not depend on features or app/`;
  }
  return undefined;
}

// The API: a slice reaches another slice only through its index; the platform reaches none; only
// the composition roots (and app.module.ts, main.ts) reach the composition roots.
export function apiSliceViolation(from, to) {
  const a = segments(API, from);
  const b = segments(API, to);
  if (!a || !b || a.length < 2 || b.length < 2 || a[0] === b[0] || API_ROOTS.has(a[0])) return undefined;
  if (API_ROOTS.has(b[0])) return `${a[0]}/ imports ${b[0]}/, which drives the slices from above`;
  if (b[0] === API_PLATFORM) return undefined;
  if (a[0] === API_PLATFORM) return `the platform imports slice "${b[0]}": slices register themselves with the platform`;
  if (PUBLIC_ENTRY.test(b.slice(1).join('/'))) return undefined;
  return `slice "${a[0]}" reaches inside slice "${b[0]}" (${b.slice(1).join('/')})`;
}

// The domain: one bounded context imports another only through its index (`../deals`); the shared
// kernel (ids, money, FTE, DomainError, the decider type) is open to every context.
const DOMAIN_KERNEL = 'shared';

export function domainContextViolation(from, to) {
  const a = segments(DOMAIN, from);
  const b = segments(DOMAIN, to);
  if (!a || !b || a.length < 2 || b.length < 2 || a[0] === b[0] || b[0] === DOMAIN_KERNEL) return undefined;
  if (PUBLIC_ENTRY.test(b.slice(1).join('/'))) return undefined;
  return `context "${a[0]}" reaches inside context "${b[0]}" (${b.slice(1).join('/')}): import ../${b[0]} instead`;
}

export const zoneRules = {
  'web-feature-boundaries': webFeatureViolation,
  'api-slice-boundaries': apiSliceViolation,
  'domain-context-boundaries': domainContextViolation,
};

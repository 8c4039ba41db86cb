// Where things are, and how the bench loads the built packages (CommonJS dist) from ESM.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = resolve(BENCH_DIR, '..', '..');
export const OUT_DIR = join(BENCH_DIR, 'out');
export const API_DIR = join(ROOT, 'apps', 'api');
export const API_MAIN = join(API_DIR, 'dist', 'main.js');
export const WEB_DIST = join(ROOT, 'apps', 'web', 'dist');

// Resolve from the API package so that the bench shares its copies of @orgledger/*, Nest, graphql.
export const requireFromApi = createRequire(join(API_DIR, 'package.json'));
export const apiDist = (path) => requireFromApi(join(API_DIR, 'dist', path));
export const domain = () => requireFromApi('@orgledger/domain');
export const eventStore = () => requireFromApi('@orgledger/event-store');
export const eventStoreSchema = () => requireFromApi('@orgledger/event-store/dist/sqlite/schema');

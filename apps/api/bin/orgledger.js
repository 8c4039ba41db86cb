#!/usr/bin/env node
// Operator CLI. Needs a build first (`npm run build` or `npm start`).
const { join } = require('node:path');
const { existsSync } = require('node:fs');
const entry = join(__dirname, '..', 'dist', 'cli', 'orgledger.js');
if (!existsSync(entry)) {
  console.error('orgledger: the API is not built yet. Run `npm run build` (or `npm start`) from the repository root first.');
  process.exit(1);
}
require(entry)
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code ?? 0),
    (err) => {
      console.error(`orgledger: ${err && err.message ? err.message : err}`);
      process.exit(1);
    },
  );

// `npm test` for the journeys: seeds the demo consultancy once into a template data folder, then runs
// the journey files two at a time, each API on its own copy of that folder (E2E_DEMO_TEMPLATE). The
// demo is seeded through the same commands either way; seeding it once saves a seed per file.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemoTemplate } from './api.mjs';

const journeys = join(import.meta.dirname, '..', 'journeys');
const files = readdirSync(journeys)
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => join(journeys, f));

const template = await seedDemoTemplate();
const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, ['--test', '--test-concurrency=2', ...files], {
    stdio: 'inherit',
    env: { ...process.env, E2E_DEMO_TEMPLATE: template },
  });
  child.once('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
});
rmSync(template, { recursive: true, force: true });
process.exit(code);

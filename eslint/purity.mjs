// What the domain may not touch: it decides, the apps do I/O. Time, ids and the acting user come
// in command metadata. Shared by eslint.config.mjs and the architecture spec.
import { builtinModules } from 'node:module';

// The domain's sources, not its specs (specs may read fixtures from disk).
export const DOMAIN_SOURCES = ['packages/domain/src/**/*.ts', 'packages/reference-data/src/**/*.ts'];
export const DOMAIN_TESTS = ['**/*.spec.ts', '**/__fixtures__/**'];

const IO_PACKAGES = ['@orgledger/event-store', 'better-sqlite3', 'express', 'graphql', 'react', 'react-dom', 'exceljs', 'rxjs', 'reflect-metadata'];
const IO_SCOPES = ['@kurrent', '@eventstore', '@nestjs', '@apollo', '@as-integrations', '@tanstack'];

// One pattern for every I/O module: `node:*` and bare built-ins (`fs`, `fs/promises`), the store
// drivers, Nest, GraphQL and the UI. ESLint's `no-restricted-imports` and the spec both use it.
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const names = [...builtinModules, ...IO_PACKAGES].map(escape).join('|');
const scopes = IO_SCOPES.map(escape).join('|');
export const ioImportSource = `^(node:|(${names})(/|$)|(${scopes})/)`;
const ioImport = new RegExp(ioImportSource);

export const isIoImport = (specifier) => ioImport.test(specifier);

// ESLint `no-restricted-syntax` selectors for reading a clock or a random source. `new Date(iso)`
// and `Date.parse(iso)` only read their argument, so they stay allowed.
export const clockSelectors = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain reads no clock: take `now` from the command metadata.' },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'The domain reads no clock: take `now` from the command metadata.',
  },
  { selector: "MemberExpression[object.name='performance'][property.name='now']", message: 'The domain reads no clock.' },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'The domain draws no random numbers: ids come in the command.',
  },
  { selector: "CallExpression[callee.property.name='randomUUID']", message: 'The domain makes no ids: they come in the command.' },
];

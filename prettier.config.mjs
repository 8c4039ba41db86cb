// One layout for every file, checked by `npm test` (format:check) and applied by `npm run format`.
/** @type {import('prettier').Config} */
export default {
  printWidth: 160,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  arrowParens: 'always',
  bracketSpacing: true,
  // The web client's GraphQL documents are keys of the generated types (apps/web/src/gql): reflowing
  // them would break the match with the committed codegen output.
  embeddedLanguageFormatting: 'off',
};

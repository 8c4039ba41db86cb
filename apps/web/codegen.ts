import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema file, so codegen works offline and before the API has booted.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        // Whole pence, carried as a JSON number (exact up to 2^53).
        scalars: { Pence: { input: 'number', output: 'number' } },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;

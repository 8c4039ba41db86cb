import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { startHarness } from './support/harness';

// The committed schema.gql feeds the web client's codegen; it must match what the API serves.
describe('committed GraphQL schema', () => {
  it('equals the schema the API serves (run `npm start` or `npm run build && node apps/api/dist/main.js` to rewrite it)', async () => {
    const h = await startHarness();
    try {
      const served = printSchema(lexicographicSortSchema(h.app.get(GraphQLSchemaHost).schema));
      const committed = printSchema(lexicographicSortSchema(buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'))));
      expect(committed).toBe(served);
    } finally {
      await h.close();
    }
  });
});

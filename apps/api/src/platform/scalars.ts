import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const wholeNumber =
  (name: string, what: string) =>
  (value: unknown): number => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new GraphQLError(`${name} must be a whole number of ${what}, not ${JSON.stringify(value)}.`);
    }
    return value;
  };

// Money as a whole number of pence. JSON numbers carry integers exactly up to 2^53 (£90 trillion),
// which GraphQL's 32-bit Int (£21 million) does not.
export const PenceScalar = new GraphQLScalarType({
  name: 'Pence',
  description: 'An amount of money as a whole number of pence (£1 = 100).',
  serialize: wholeNumber('Pence', 'pence'),
  parseValue: wholeNumber('Pence', 'pence'),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('Pence must be a whole number of pence.');
    return wholeNumber('Pence', 'pence')(Number(ast.value));
  },
});

import { NestFactory } from '@nestjs/core';
import { Args, Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, InputType, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { graphql, printType, type GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { enumOf, type EnumValue } from './enum-of';

const TIDES = ['high_water', 'low_water', 'slack'] as const;
type Tide = (typeof TIDES)[number];
const TideEnum = enumOf('SpecTide', TIDES, { description: 'The state of the tide', valueDescriptions: { slack: 'Neither rising nor falling' } });

@ObjectType()
class TideView {
  @Field(() => TideEnum) tide: Tide;
}

@InputType()
class TideInput {
  @Field(() => TideEnum) tide: Tide;
}

@Resolver()
class TideResolver {
  // Returns the domain string as it came in: the enum maps it to and from its GraphQL name.
  @Query(() => TideView)
  echo(@Args('input') input: TideInput, @Args('seen', { type: () => [TideEnum] }) seen: Tide[]): TideView {
    return { tide: seen.includes(input.tide) ? input.tide : 'slack' };
  }
}

// The factory builds the schema without resolvers; the root value stands in for Nest's binding.
const rootValue = { echo: ({ input, seen }: { input: TideInput; seen: Tide[] }) => new TideResolver().echo(input, seen) };

const schemaOf = async (): Promise<GraphQLSchema> => {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    return await app.get(GraphQLSchemaFactory).create([TideResolver]);
  } finally {
    await app.close();
  }
};

describe('enumOf', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await schemaOf();
  });

  it('given a domain array, when built, then every domain value is a GraphQL value and every GraphQL value a domain value', () => {
    const type = schema.getType('SpecTide') as GraphQLEnumType;
    expect(type.getValues().map((v) => [v.name, v.value])).toEqual([
      ['HIGH_WATER', 'high_water'],
      ['LOW_WATER', 'low_water'],
      ['SLACK', 'slack'],
    ]);
    expect(Object.values(TideEnum)).toEqual([...TIDES]);
    expect(TideEnum.LOW_WATER).toBe('low_water');
  });

  it('given descriptions, when printed, then the enum and the described value carry them', () => {
    expect(printType(schema.getType('SpecTide')!)).toBe(
      ['"""The state of the tide"""', 'enum SpecTide {', '  HIGH_WATER', '  LOW_WATER', '', '  """Neither rising nor falling"""', '  SLACK', '}'].join('\n'),
    );
  });

  it('given a query, when it runs, then the resolver reads and returns domain strings and the client sees GraphQL names', async () => {
    const result = await graphql({ schema, rootValue, source: '{ echo(input: { tide: LOW_WATER }, seen: [HIGH_WATER, LOW_WATER]) { tide } }' });
    expect(result).toEqual({ data: { echo: { tide: 'LOW_WATER' } } });
  });

  it('given a value outside the enum, when sent, then GraphQL refuses it', async () => {
    const result = await graphql({ schema, rootValue, source: '{ echo(input: { tide: low_water }, seen: []) { tide } }' });
    expect(result.errors?.[0]?.message).toMatch(/does not exist in "SpecTide" enum|Value "low_water"/);
  });

  it('given two values that are the same in upper case, when built, then it refuses', () => {
    expect(() => enumOf('SpecClash', ['neap', 'NEAP'])).toThrow('SpecClash');
  });

  it('given a union wider than the array, then the compiler refuses its extra value as an enum value', () => {
    type TideOrFlood = Tide | 'flood';
    const flood = 'flood' as TideOrFlood;
    // @ts-expect-error 'flood' is in the union but not in the array, so it is no value of the enum
    const value: EnumValue<typeof TideEnum> = flood;
    // @ts-expect-error a description can only be given for a value of the array
    enumOf('SpecTideDescribed', TIDES, { valueDescriptions: { flood: 'Rising' } });
    expect(value).toBe('flood');
  });
});

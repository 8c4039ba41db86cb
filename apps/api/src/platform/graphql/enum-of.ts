import { registerEnumType } from '@nestjs/graphql';

// A GraphQL enum made from a domain `as const` array. Each GraphQL value is the domain string in
// upper case (`on_track` → ON_TRACK) and stands for that string, so resolvers read and return the
// domain union itself: no TypeScript enum copies the list, and a value added to the domain
// array is served without an edit here.
export type GraphqlEnum<T extends string> = { readonly [V in T as Uppercase<V>]: V };
export type EnumValue<E> = E[keyof E];

export type EnumOptions<T extends string> = {
  description?: string;
  valueDescriptions?: Partial<Record<T, string>>;
};

export const enumOf = <const T extends string>(name: string, values: readonly T[], options: EnumOptions<T> = {}): GraphqlEnum<T> => {
  const graphqlEnum = Object.freeze(Object.fromEntries(values.map((value) => [value.toUpperCase(), value]))) as GraphqlEnum<T>;
  // Two domain strings that differ only in case would make one GraphQL value; refuse at start-up.
  if (Object.keys(graphqlEnum).length !== values.length) throw new Error(`Enum ${name} has values that are the same in upper case`);
  const described = Object.entries<string | undefined>(options.valueDescriptions ?? {});
  registerEnumType<Record<string, T>>(graphqlEnum, {
    name,
    description: options.description,
    valuesMap: described.length ? Object.fromEntries(described.map(([value, description]) => [value.toUpperCase(), { description }])) : undefined,
  });
  return graphqlEnum;
};

import { GraphQLString, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { AppContext } from './app-context';
import { bindingFor, requestAsOf, type AsOfBinding } from './as-of';
import { readOnlyAsAt } from './as-of-store';

type Context = { req: { headers?: Record<string, string | string[] | undefined> }; asOfRoots?: Map<string | number, AsOfBinding> };
type Field = GraphQLField<unknown, Context>;

const WRAPPED = Symbol('asOf');
const AS_OF_ARG = 'asOf';

const wrap = (field: Field, make: (original: GraphQLFieldResolver<unknown, Context>) => GraphQLFieldResolver<unknown, Context>) => {
  const original = field.resolve;
  if (!original || (original as { [WRAPPED]?: true })[WRAPPED]) return;
  field.resolve = Object.assign(make(original), { [WRAPPED]: true as const });
};

// Adds `asOf: String` to every root query field and records the moment it names in the context's
// `asOfRoots`, where @Read() finds it for the root field and every field below it; a mutation in
// as-at mode is refused.
// The schema is changed in place (its field objects are the ones graphql-js executes), and
// changing it twice changes nothing (Nest transforms the schema file and the served schema).
export const asOfSchema =
  (app: AppContext) =>
  (schema: GraphQLSchema): GraphQLSchema => {
    const query = schema.getQueryType();
    const mutation = schema.getMutationType();
    for (const field of Object.values(query?.getFields() ?? {}) as Field[]) {
      if (!field.args.some((a) => a.name === AS_OF_ARG)) {
        field.args = [
          ...field.args,
          {
            name: AS_OF_ARG,
            description:
              'Answer as OrgLedger stood at this moment: an ISO date-time with a time zone, or a store position. The header x-orgledger-as-of does the same for a whole request.',
            type: GraphQLString,
            defaultValue: undefined,
            deprecationReason: undefined,
            extensions: {},
            astNode: undefined,
          },
        ];
      }
      wrap(field, (original) => (source, allArgs, context, info) => {
        // without asOf (graphql-js then leaves the key out) the arguments pass as they are
        if (!(AS_OF_ARG in allArgs)) return original(source, allArgs, context, info);
        const { [AS_OF_ARG]: asOf, ...args } = allArgs;
        if (typeof asOf !== 'string' || asOf === '') return original(source, args, context, info);
        const auth = context.req.headers?.authorization;
        return bindingFor(app, Array.isArray(auth) ? auth[0] : auth, asOf).then((binding) => {
          (context.asOfRoots ??= new Map()).set(info.path.key, binding);
          return original(source, args, context, info);
        });
      });
    }
    for (const field of Object.values(mutation?.getFields() ?? {}) as Field[]) {
      wrap(field, (original) => (source, args, context, info) => {
        if (requestAsOf.has(context.req)) throw readOnlyAsAt();
        return original(source, args, context, info);
      });
    }
    return schema;
  };

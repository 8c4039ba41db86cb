import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { withoutValues } from './errors';

export const MAX_DEPTH = 10;
// The standard introspection query (graphql-js getIntrospectionQuery) is 14 levels deep.
export const MAX_INTROSPECTION_DEPTH = 15;
export const MAX_COMPLEXITY = 2000;

// What the expensive fields cost (set with `complexity` on their @Query): a verification reads and
// hashes the tenant's whole log, a diff replays a programme twice, a history page describes `first`
// events. The rest cost 1 per field.
export const COST = {
  auditVerification: 500,
  programmeDiff: 200,
  decisionHistory: ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) => 10 + Math.max(1, args.first ?? 50) + childComplexity,
} as const;
// However cheap the rest, one request may ask for one verification (aliases count as more).
export const MAX_VERIFICATIONS = 1;

// Refuses queries nested deeper than `max` selection levels (fragments followed, cycles stopped).
export const depthLimit =
  (max: number) =>
  (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>, skipIntrospection: boolean): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const s of set.selections) {
        // Introspection fields (__schema, __type) have their own, larger allowance.
        if (s.kind === Kind.FIELD && skipIntrospection && s.name.value.startsWith('__')) continue;
        if (s.kind === Kind.FIELD) deepest = Math.max(deepest, s.selectionSet ? 1 + depthOf(s.selectionSet, seen, skipIntrospection) : 0);
        else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(s.selectionSet, seen, skipIntrospection));
        else if (!seen.has(s.name.value)) {
          const f = fragments.get(s.name.value);
          deepest = Math.max(deepest, depthOf(f?.selectionSet, new Set([...seen, s.name.value]), skipIntrospection));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set(), true);
        const withIntrospection = depthOf(node.selectionSet, new Set(), false);
        if (depth > max) {
          context.reportError(
            new GraphQLError(`This query is nested ${depth} levels deep; the limit is ${max}.`, { nodes: [node], extensions: { errorCode: 'QUERY_TOO_DEEP' } }),
          );
        } else if (withIntrospection > MAX_INTROSPECTION_DEPTH) {
          context.reportError(
            new GraphQLError(`This introspection query is nested ${withIntrospection} levels deep; the limit is ${MAX_INTROSPECTION_DEPTH}.`, {
              nodes: [node],
              extensions: { errorCode: 'INTROSPECTION_TOO_DEEP' },
            }),
          );
        }
      },
    };
  };

// Apollo hands every request with the same query text the same parsed document, so a document's
// complexity is computed once per operation and set of variables (they can @skip or @include).
type Weight = { complexity: number; verifications: number };
const weights = new WeakMap<DocumentNode, Map<string, Weight>>();
const MAX_VARIANTS = 100;

// Counts every auditVerification the operation would run (each alias, through fragments), and
// leaves the cost to the estimators after it.
const counting =
  (seen: { verifications: number }): ComplexityEstimator =>
  ({ field, node }) => {
    if (field.name === 'auditVerification' && node.kind === Kind.FIELD) seen.verifications += 1;
    return undefined;
  };

const weightOf = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): Weight => {
  // hashed: the variables may hold a 7 MB upload, which must not stay alive in this cache
  const key = createHash('sha256')
    .update(JSON.stringify([operationName ?? null, variables]))
    .digest('base64');
  let known = weights.get(document);
  const hit = known?.get(key);
  if (hit !== undefined) return hit;
  const seen = { verifications: 0 };
  const estimators = [counting(seen), fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  const complexity = getComplexity({ schema, query: document, operationName, variables, estimators });
  if (!known) weights.set(document, (known = new Map()));
  if (known.size >= MAX_VARIANTS) known.clear();
  const weight = { complexity, verifications: seen.verifications };
  known.set(key, weight);
  return weight;
};

const refuse = (errorCode: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', errorCode, http: { status: 400 } } });

export const complexityLimit = (max: number): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        let weight: Weight;
        try {
          weight = weightOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
        } catch (e) {
          // Variables that do not fit the schema fail here first; they are the caller's mistake.
          throw new GraphQLError(withoutValues(e instanceof Error ? e.message : String(e)), {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
        if (weight.complexity > max) {
          throw refuse(
            'QUERY_TOO_COMPLEX',
            `This query asks for too much at once (complexity ${weight.complexity}, limit ${max}; auditVerification costs ${COST.auditVerification}, programmeDiff ${COST.programmeDiff}, decisionHistory 10 plus first). Ask for fewer fields or send separate requests.`,
          );
        }
        if (weight.verifications > MAX_VERIFICATIONS) {
          throw refuse('ONE_VERIFICATION_PER_REQUEST', `This query asks for ${weight.verifications} audit verifications; ask for one per request.`);
        }
      },
    };
  },
});

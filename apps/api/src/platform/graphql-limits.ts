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
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { withoutValues } from './errors';

export const MAX_DEPTH = 10;
// The standard introspection query (graphql-js getIntrospectionQuery) is 14 levels deep.
export const MAX_INTROSPECTION_DEPTH = 15;
export const MAX_COMPLEXITY = 2000;

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
          context.reportError(new GraphQLError(`This query is nested ${depth} levels deep; the limit is ${max}.`, { nodes: [node] }));
        } else if (withIntrospection > MAX_INTROSPECTION_DEPTH) {
          context.reportError(
            new GraphQLError(`This introspection query is nested ${withIntrospection} levels deep; the limit is ${MAX_INTROSPECTION_DEPTH}.`, { nodes: [node] }),
          );
        }
      },
    };
  };

// Apollo hands every request with the same query text the same parsed document, so a document's
// complexity is computed once per operation and set of variables (they can @skip or @include).
const complexities = new WeakMap<DocumentNode, Map<string, number>>();
const MAX_VARIANTS = 100;

const complexityOf = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
  const key = JSON.stringify([operationName ?? null, variables]);
  let known = complexities.get(document);
  const hit = known?.get(key);
  if (hit !== undefined) return hit;
  const complexity = getComplexity({ schema, query: document, operationName, variables, estimators: [simpleEstimator({ defaultComplexity: 1 })] });
  if (!known) complexities.set(document, (known = new Map()));
  if (known.size >= MAX_VARIANTS) known.clear();
  known.set(key, complexity);
  return complexity;
};

export const complexityLimit = (max: number): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        let complexity: number;
        try {
          complexity = complexityOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
        } catch (e) {
          // Variables that do not fit the schema fail here first; they are the caller's mistake.
          throw new GraphQLError(withoutValues(e instanceof Error ? e.message : String(e)), {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
        if (complexity > max) {
          throw new GraphQLError(`This query asks for too much at once (complexity ${complexity}, limit ${max}). Ask for fewer fields.`, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
});

// In production the schema is described to signed-in callers only: an anonymous caller asking for
// __schema or __type is refused before anything runs. (__typename stays open: clients need it.)
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { AppContext } from './app-context';
import { isSignedIn } from './signed-in';

const asksForSchema = (document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
};

export const introspectionForSignedIn = (app: AppContext): ApolloServerPlugin<{ req?: { headers?: Record<string, string | string[] | undefined> } }> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (!app.config.production || !asksForSchema(document)) return;
        if (await isSignedIn(app, contextValue.req?.headers?.authorization)) return;
        throw new GraphQLError('The schema is described to signed-in users only. Sign in and send your token to introspect.', {
          extensions: { code: 'UNAUTHENTICATED', errorCode: 'INTROSPECTION_REQUIRES_SIGN_IN', http: { status: 401 } },
        });
      },
    };
  },
});

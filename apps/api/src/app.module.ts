import { join } from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ClientErrorFilter } from './platform/client-error.filter';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import type { AppContext } from './platform/app-context';
import { PlatformModule } from './platform/platform.module';
import { graphQLContext } from './platform/read-side';
import { AuthGuard } from './platform/auth.guard';
import { formatGraphQLError } from './platform/errors';
import { asOfSchema } from './platform/as-of-schema';
import { complexityLimit, depthLimit, MAX_COMPLEXITY, MAX_DEPTH } from './platform/graphql-limits';
import { HealthController } from './platform/health.controller';
import { introspectionForSignedIn } from './platform/introspection';
import { SLICES } from './slices';

// Every slice module (apps/api/src/slices.ts, written from the folder listing); bootstrap reads their read models.
export { SLICES };

// The schema file is committed so the web codegen never waits on a boot. Only `npm run schema -w
// @orgledger/api` writes it: a boot that rewrote it would make the staleness test pass vacuously, and
// a production image should not write into its own folder.
const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');
const schemaFile = () => (process.env.ORGLEDGER_WRITE_SCHEMA === '1' ? SCHEMA_FILE : true);

@Module({})
export class AppModule {
  static forContext(app: AppContext): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        PlatformModule.forContext(app),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: schemaFile(),
          sortSchema: true,
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          persistedQueries: false, // every request carries its query; a hash alone is refused
          formatError: formatGraphQLError,
          validationRules: [depthLimit(MAX_DEPTH)],
          // No HTTP caching hints are used, so the per-field cache-control work is switched off.
          plugins: [introspectionForSignedIn(app), complexityLimit(MAX_COMPLEXITY), ApolloServerPluginCacheControlDisabled()],
          context: graphQLContext(app),
          // every root query takes asOf; the schema file shows it too
          transformSchema: asOfSchema(app),
          transformAutoSchemaFile: true,
        }),
        // every slice, from the folder listing (tools/registries writes slices.ts)
        ...SLICES,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ClientErrorFilter },
      ],
    };
  }
}

import { join } from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ClientErrorFilter } from './platform/client-error.filter';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthorityResolver } from './authorities/authority.resolver';
import type { AppContext } from './platform/app-context';
import { PlatformModule } from './platform/platform.module';
import { AuthGuard } from './platform/auth.guard';
import { formatGraphQLError } from './platform/errors';
import { asOfSchema } from './platform/as-of-schema';
import { complexityLimit, depthLimit, MAX_COMPLEXITY, MAX_DEPTH } from './platform/graphql-limits';
import { HealthController } from './platform/health.controller';
import { introspectionForSignedIn } from './platform/introspection';
import { TenancyResolver } from './tenancy/tenancy.resolver';
import { SignInLockResolver } from './tenancy/sign-in-lock.resolver';
import { IdentityResolver } from './tenancy/identity.resolver';
import { DealsModule } from './deals/deals.module';
import { TasksResolver } from './tasks/tasks.resolver';
import { EstablishmentResolver } from './establishment/establishment.resolver';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { DefinitionResolver } from './definition/definition.resolver';
import { ContractsResolver } from './contracts/contracts.resolver';
import { BenefitsResolver } from './benefits/benefits.resolver';
import { CapacityResolver } from './capacity/capacity.resolver';
import { TemplatesResolver } from './templates/templates.resolver';
import { DesignResolver } from './design/design.resolver';
import { ReassignmentsResolver } from './reassignments/reassignments.resolver';
import { ReferenceDataResolver } from './reference-data/reference-data.resolver';
import { GradingResolver } from './grading/grading.resolver';
import { CostingResolver } from './costing/costing.resolver';
import { DesignAuthorityResolver } from './design-authority/design-authority.resolver';
import { HandoverResolver } from './handover/handover.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { AuditSealer } from './audit/audit-sealer';
import { AccessLogInterceptor } from './audit/access-log.interceptor';
import { AuditExportController } from './audit/audit-export.controller';
import { ConsultationResolver } from './consultation/consultation.resolver';
import { APP_INTERCEPTOR } from '@nestjs/core';

// The schema file is committed so the web codegen never waits on a boot. Only `npm run schema -w
// @orgledger/api` writes it: a boot that rewrote it would make the staleness test pass vacuously, and
// a production image should not write into its own folder.
const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');
const schemaFile = () => (process.env.ORGLEDGER_WRITE_SCHEMA === '1' ? SCHEMA_FILE : true);

// Each slice is a Nest module owning its resolver, command handler and read models; this is the
// one list a new slice joins.
export const SLICES = [DealsModule];

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
          context: ({ req }: { req: unknown }) => ({ req }),
          // every root query takes asOf; the schema file shows it too
          transformSchema: asOfSchema(app),
          transformAutoSchemaFile: true,
        }),
        ...SLICES,
      ],
      controllers: [HealthController, AuditExportController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ClientErrorFilter },
        TenancyResolver,
        SignInLockResolver,
        IdentityResolver,
        AuthorityResolver,
        EstablishmentResolver,
        AnalysisResolver,
        TasksResolver,
        DefinitionResolver,
        ContractsResolver,
        BenefitsResolver,
        CapacityResolver,
        TemplatesResolver,
        DesignResolver,
        ReassignmentsResolver,
        ReferenceDataResolver,
        GradingResolver,
        CostingResolver,
        DesignAuthorityResolver,
        HandoverResolver,
        AuditResolver,
        AuditSealer,
        { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor },
        ConsultationResolver,
      ],
    };
  }
}

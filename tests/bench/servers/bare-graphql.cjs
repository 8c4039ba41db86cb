// The limit for the API's HTTP figures: the same stack (Nest 11, @nestjs/graphql with the Apollo
// driver, express) answering a constant from a one-field schema, with nothing else in the way.
// Plain JS, schema-first, so no decorators are needed. PORT from the environment.
const { createRequire } = require('node:module');
const { join } = require('node:path');

const fromApi = createRequire(join(__dirname, '..', '..', '..', 'apps', 'api', 'package.json'));
fromApi('reflect-metadata');
const { Module } = fromApi('@nestjs/common');
const { NestFactory } = fromApi('@nestjs/core');
const { GraphQLModule } = fromApi('@nestjs/graphql');
const { ApolloDriver } = fromApi('@nestjs/apollo');

class BareModule {}
Module({
  imports: [
    GraphQLModule.forRoot({
      driver: ApolloDriver,
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'world' } },
      playground: false,
    }),
  ],
})(BareModule);

const main = async () => {
  const app = await NestFactory.create(BareModule, { logger: false });
  await app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
};

main().catch((error) => {
  process.stderr.write(`bare server failed: ${error.stack ?? error}\n`);
  process.exit(1);
});

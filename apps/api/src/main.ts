import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { configFromEnv } from './platform/config';
import { createHttpApp, openContext } from './platform/bootstrap';
import { DEMO_PASSWORD, DEMO_SIGN_INS, seedDemo } from './demo/seed';

const main = async () => {
  const logger = new ConsoleLogger({ json: true });
  const config = configFromEnv();
  const ctx = await openContext(config);
  const seeded = !(await ctx.store.headPosition());
  if (seeded) {
    logger.log({ msg: 'Empty store: seeding the demo consultancy', dataDir: config.dataDir }, 'Demo');
    await seedDemo(ctx);
  }
  const app = await createHttpApp(ctx, logger);
  const server = await app.listen(config.port, config.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  const lines = [
    `OrgLedger listening on ${url}`,
    `  web client: ${config.webDist ? url + '/' : '(not built: run npm run build)'}`,
    `  GraphQL:    ${url}/graphql`,
    `  data:       ${config.dataDir}`,
    // The demo password is printed once, when the demo is made; never on later starts.
    ...(seeded
      ? [`  demo sign-ins (password ${DEMO_PASSWORD}):`, ...DEMO_SIGN_INS.map((s) => `    ${s.role.padEnd(26)} ${s.email}`)]
      : ['  demo sign-ins: see README.md']),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  const stop = async () => {
    await app.close();
    await ctx.credentials.close();
    await ctx.readModels.close();
    await ctx.signInAttempts.close();
    await ctx.store.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
};

main().catch((err) => {
  process.stderr.write(`OrgLedger could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

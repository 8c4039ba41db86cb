import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { ConsoleLogger, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import {
  openKurrentDbEventStore,
  openKurrentDbKeyStateStore,
  openSqliteEventStore,
  openSqliteKeyStateStore,
  type EventStore,
  type KeyStateStore,
} from '@orgledger/event-store';
import { AppModule, SLICES } from '../app.module';
import type { AppContext } from './app-context';
import { sendDirect } from './command-handler';
import { createScryptGate } from './auth/scrypt-gate';
import { createSignInAttempts } from './auth/sign-in-attempts';
import { openCredentialStore, openKurrentDbCredentialStore } from './auth/credential-store';
import type { AppConfig } from './config';
import { uuidv7 } from './ids';
import { readModelsOf } from './read-model';
import { openReadModels } from './read-models';
import { installAsOf } from './as-of';
import { securityHeaders } from './security-headers';

// With KurrentDB the store is shared by every replica; read models stay in this replica's DATA_DIR.
export const openConfiguredStore = (config: AppConfig): EventStore =>
  config.eventStore === 'kurrentdb'
    ? openKurrentDbEventStore({
        connectionString: config.kurrentDbUrl!,
        onSubscriptionError: (e) => console.error('KurrentDB subscription dropped; resubscribing', e),
      })
    : openSqliteEventStore({ file: join(config.dataDir, 'events.sqlite') });

// Sign-in counters live where every replica sees them: beside the SQLite events, or in KurrentDB.
export const openSignInKeyState = (config: AppConfig): KeyStateStore =>
  config.eventStore === 'kurrentdb'
    ? openKurrentDbKeyStateStore({ connectionString: config.kurrentDbUrl! })
    : openSqliteKeyStateStore(join(config.dataDir, 'sign-in-attempts.sqlite'));

// Two password checks at a time per process, leaving libuv's other threads to the rest of the API.
const SCRYPT_CONCURRENCY = 2;

// Every read model the slices register (the one list of slices is AppModule's).
export const appReadModels = () => readModelsOf(SLICES);

export const openContext = async (config: AppConfig, store?: EventStore): Promise<AppContext> => {
  const eventStore = store ?? openConfiguredStore(config);
  const readModels = openReadModels(join(config.dataDir, 'read-models.sqlite'), appReadModels());
  await readModels.start(eventStore);
  return {
    config,
    store: eventStore,
    readModels,
    send: sendDirect({ store: eventStore, readModels }),
    signInAttempts: createSignInAttempts(openSignInKeyState(config), createScryptGate(SCRYPT_CONCURRENCY)),
    // shared by every replica with KurrentDB, like the throttle's counters
    credentials: config.eventStore === 'kurrentdb' ? openKurrentDbCredentialStore(config.kurrentDbUrl!) : openCredentialStore(config.dataDir),
  };
};

const API_PATHS = ['/graphql', '/healthz', '/readyz', '/exports', '/.well-known'];

const clientError = (res: Response, status: number, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });

// Builds the HTTP app around a context: JSON body limit, request logs, the web client, GraphQL.
export const createHttpApp = async (ctx: AppContext, logger: LoggerService = new ConsoleLogger({ json: true })) => {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forContext(ctx), { logger, bodyParser: false });
  // Which proxies' X-Forwarded-For to believe (for the per-address sign-in throttle): TRUST_PROXY,
  // in Express's syntax (e.g. `10.0.0.0/8` or a hop count); loopback only by default.
  app.set('trust proxy', ctx.config.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders);
  const json = express.json({ limit: ctx.config.maxBodyBytes });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const correlationId = String(req.headers['x-correlation-id'] ?? uuidv7()).slice(0, 64);
    res.setHeader('x-correlation-id', correlationId);
    res.on('finish', () => {
      // Never the body: it may hold a password.
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = req.originalUrl.split('?')[0];
      if (path !== '/healthz' && path !== '/readyz') {
        logger.log({ msg: 'request', method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10, correlationId }, 'HTTP');
      }
    });
    json(req, res, (err?: { status?: number; type?: string }) => {
      if (!err) return next();
      if (err.status === 413) return clientError(res, 413, `The request is too large; the limit is ${Math.round(ctx.config.maxBodyBytes / 1024 / 1024)} MB.`);
      return clientError(res, 400, 'The request body is not valid JSON.');
    });
  });
  // After the body is read: the as-at binding must cover the rest of the request.
  app.use(installAsOf(ctx));
  if (ctx.config.webDist) {
    const index = join(ctx.config.webDist, 'index.html');
    app.useStaticAssets(ctx.config.webDist, { index: false, maxAge: '1h' });
    // Client-side routes: any other GET that wants HTML gets the app shell.
    app.use((req: Request, res: Response, next: NextFunction) => {
      const api = API_PATHS.some((p) => req.path === p || req.path.startsWith(`${p}/`));
      if (req.method !== 'GET' || api || req.accepts(['html', 'json']) !== 'html' || !existsSync(index)) return next();
      res.sendFile(index);
    });
  }
  return app;
};

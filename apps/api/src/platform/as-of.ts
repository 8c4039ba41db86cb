import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '@orgledger/domain';
import { invalid } from './api-errors';
import { positionFromString, type EventStore, type Position } from '@orgledger/event-store';
import type { AppContext } from './app-context';
import { verifyToken } from './auth/token';
import { interestedByCategory, LIVE_MODELS, type Interested } from './as-of-fold';
import { createTenantHistory, type TenantHistory, type TenantView } from './as-of-history';
import { boundedStore } from './as-of-store';
import { modelName, type ModelRef } from './read-model';
import type { ReadModels } from './read-models';

// "As at": a request (header x-orgledger-as-of) or a root query field (argument asOf) answered
// from the read models and the store as they stood at a past moment, for the caller's tenant only.
// This file builds that view (an AsOfBinding: replayed read models and a store that ends at the
// moment, reads only); platform/read-side.ts hands it to the resolvers as their ReadSide.
export const AS_OF_HEADER = 'x-orgledger-as-of';

export type AsOfTarget = { position: Position } | { ms: number };

export type AsOfBinding = {
  tenantId: string | null;
  position: Position | null; // the tenant's last event included; null = before its first
  readModels: ReadModels;
  store: EventStore;
};

// The as-at view a request's header named, for its read side.
export const requestAsOf = new WeakMap<object, AsOfBinding>();

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const POSITION = /^\d{1,19}:\d{1,19}$/;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// A store position ("commit:prepare") or an ISO date-time with a time zone, not in the future.
export const parseAsOf = (text: string, now = Date.now()): AsOfTarget => {
  const value = text.trim();
  if (POSITION.test(value)) return { position: positionFromString(value) };
  const m = DATE_TIME.exec(value);
  const [y, mo, d, h, mi, s, zh, zm] = (m ?? []).slice(1).map((x) => Number(x ?? 0));
  const ms = m ? Date.parse(value) : NaN;
  if (!m || Number.isNaN(ms) || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59 || zh > 23 || zm > 59) {
    throw invalid('AS_OF_INVALID', 'As at must be an ISO date-time with a time zone (e.g. 2025-03-01T09:00:00Z) or a store position (e.g. 1234:1234).');
  }
  if (ms > now) throw invalid('AS_OF_IN_FUTURE', 'As at must not be in the future.');
  return { ms };
};

type AsOfState = {
  interested: Interested;
  histories: Map<string, TenantHistory>; // least recently used first
  views: Map<string, Promise<{ view: TenantView; store: EventStore }>>;
};

// Bounds on memory: tenants whose history is kept, and moments kept ready (one page asks several
// queries at the same moment).
const KEPT_TENANTS = 8;
const KEPT_VIEWS = 32;
const states = new WeakMap<AppContext, AsOfState>();

const touch = <K, V>(map: Map<K, V>, key: K, make: () => V, max: number): V => {
  const found = map.get(key);
  map.delete(key);
  const value = found ?? make();
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= max) break;
    map.delete(oldest);
  }
  return value;
};

const stateOf = (ctx: AppContext): AsOfState => {
  const state = states.get(ctx);
  if (!state) throw new Error('As-at support is not installed on this context (installAsOf)');
  return state;
};

// The store and read models as now: the context itself, whatever moment a request reads.
export const liveOf = (ctx: AppContext): { store: EventStore; readModels: ReadModels } => ({ store: ctx.store, readModels: ctx.readModels });

// Keeps the as-at caches for this context; returns the middleware that builds the view a request's
// as-at header names (the request's read side). Safe to call more than once.
export const installAsOf = (ctx: AppContext) => {
  if (!states.has(ctx)) states.set(ctx, { interested: interestedByCategory(ctx.readModels.projectors), histories: new Map(), views: new Map() });
  return (req: Request, res: Response, next: NextFunction) => {
    const raw = req.headers[AS_OF_HEADER];
    const text = Array.isArray(raw) ? raw[0] : raw;
    if (!text) return next();
    bindingFor(ctx, req.headers.authorization, text).then(
      (binding) => {
        requestAsOf.set(req, binding);
        next();
      },
      (error: unknown) => {
        if (!(error instanceof DomainError)) return next(error);
        res.status(400).json({ errors: [{ message: error.message, extensions: { code: error.kind, errorCode: error.code } }] });
      },
    );
  };
};

// The read models of one tenant as they stood at `text`; `userId` (the caller) always finds their
// own account as it is now, since that is who is asking.
export const tenantAsOf = async (ctx: AppContext, tenantId: string, text: string, userId: string | null = null): Promise<AsOfBinding> => {
  const state = stateOf(ctx);
  const target = parseAsOf(text);
  const history = touch(state.histories, tenantId, () => createTenantHistory(ctx.store, tenantId, state.interested), KEPT_TENANTS);
  await history.extend();
  const count = 'ms' in target ? history.countAtTime(target.ms) : history.countAtPosition(target.position);
  if (count === null) throw invalid('AS_OF_AFTER_LATEST', 'As at must not be after the latest recorded event.');
  const viewKey = `${tenantId}@${count}`;
  const made = touch(
    state.views,
    viewKey,
    async () => {
      const view = await history.at(count);
      return { view, store: boundedStore(ctx.store, view.position) };
    },
    KEPT_VIEWS,
  );
  const { view, store } = await made.catch((error: unknown) => {
    state.views.delete(viewKey);
    throw error;
  });
  return { tenantId, position: view.position, readModels: viewModels(ctx.readModels, tenantId, userId, view), store };
};

// The read-model port over a view: sign-in models and the caller's own account answer as now,
// and rows of any other tenant do not exist.
const viewModels = (live: ReadModels, tenantId: string | null, userId: string | null, view: Pick<TenantView, 'position' | 'get' | 'list'>): ReadModels => ({
  start: async () => {
    throw new Error('As-at read models are replayed, not started');
  },
  waitFor: async () => undefined,
  checkpoint: () => view.position,
  projectors: live.projectors,
  get: <T>(ref: ModelRef<T>, t: string, id: string): T | null => {
    const model = modelName(ref);
    if (LIVE_MODELS.has(model) || (model === 'userAccount' && t === tenantId && id === userId)) return live.get<T>(model, t, id);
    return t === tenantId ? (view.get(model, id) as T | null) : null;
  },
  list: <T>(ref: ModelRef<T>, t: string, parentId?: string): T[] => {
    const model = modelName(ref);
    if (LIVE_MODELS.has(model)) return live.list<T>(model, t, parentId);
    return t === tenantId ? (view.list(model, parentId) as T[]) : [];
  },
  close: async () => undefined,
});

// Without a valid token nothing is visible (the guard then refuses the request anyway).
const nobody = (ctx: AppContext): AsOfBinding => {
  const empty = { position: null, get: () => null, list: () => [] };
  return { tenantId: null, position: null, readModels: viewModels(ctx.readModels, null, null, empty), store: boundedStore(ctx.store, null) };
};

export const bindingFor = async (ctx: AppContext, authorization: string | undefined, text: string): Promise<AsOfBinding> => {
  parseAsOf(text); // a bad value is refused whoever asks
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
  const claims = token ? verifyToken(token, ctx.config.tokenSecret, Math.floor(Date.now() / 1000)) : null;
  return claims ? tenantAsOf(ctx, claims.tid, text, claims.sub) : nobody(ctx);
};

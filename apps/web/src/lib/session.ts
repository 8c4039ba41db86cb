import { useSyncExternalStore } from 'react';
import type { Role } from '../gql/graphql';

export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  tenantId: string;
  tenantName: string;
  authorityId?: string | null;
  serviceId?: string | null;
  authorityIds: string[];
};

export type Session = { token: string; expiresAt: string; me: SessionUser };

export type SessionEndReason = 'signed-out' | 'expired';

// sessionStorage: the session dies with the tab, and other tabs sign in separately.
const storageKey = 'orgledger.session';
const listeners = new Set<() => void>();
let cached: Session | null | undefined;
let lastEndReason: SessionEndReason | null = null;

function read(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Session;
    return typeof parsed?.token === 'string' && parsed.me ? parsed : null;
  } catch {
    return null;
  }
}

function notify() {
  for (const listener of listeners) listener();
}

export function getSession(): Session | null {
  if (cached === undefined) cached = read();
  if (cached && Date.parse(cached.expiresAt) <= Date.now()) {
    window.sessionStorage.removeItem(storageKey);
    cached = null;
    lastEndReason = 'expired';
    // Called from render (useSyncExternalStore), so tell subscribers afterwards.
    queueMicrotask(notify);
  }
  return cached;
}

export function startSession(session: Session) {
  window.sessionStorage.setItem(storageKey, JSON.stringify(session));
  cached = session;
  lastEndReason = null;
  notify();
}

export function endSession(reason: SessionEndReason) {
  const hadSession = (cached ?? read()) !== null;
  window.sessionStorage.removeItem(storageKey);
  cached = null;
  if (hadSession) {
    lastEndReason = reason;
    notify();
  }
}

// Read once by the sign-in page to explain why the user is there.
export function sessionEndReason(): SessionEndReason | null {
  return lastEndReason;
}

export function subscribeSession(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, () => null);
}

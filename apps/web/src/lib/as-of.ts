import { useSyncExternalStore } from 'react';

// "As at": while set, every GraphQL request asks the API for its records as they stood at this
// instant (header below), and the screens are read-only. The app shell keeps it in the URL
// (`?asOf=`) so that it survives navigation and reloads.
export const AS_OF_HEADER = 'x-orgledger-as-of';
export const AS_OF_PARAM = 'asOf';

const listeners = new Set<() => void>();

// An ISO instant in the past, normalised to UTC; anything else means "now".
export function parseAsOf(value: string | null | undefined, now = Date.now()): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) || ms > now ? null : new Date(ms).toISOString();
}

function fromLocation(): string | null {
  if (typeof window === 'undefined') return null;
  return parseAsOf(new URLSearchParams(window.location.search).get(AS_OF_PARAM));
}

let current: string | null = fromLocation();

export function getAsOf(): string | null {
  return current;
}

export function setAsOf(value: string | null) {
  const next = parseAsOf(value);
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

export function subscribeAsOf(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

// The header to send with a request: none when showing now.
export function asOfHeaders(): Record<string, string> {
  return current ? { [AS_OF_HEADER]: current } : {};
}

export function useAsOf(): string | null {
  return useSyncExternalStore(subscribeAsOf, getAsOf, () => null);
}

// Controls that change anything are disabled while showing the past (the API refuses them too).
export function useReadOnly(): boolean {
  return useAsOf() !== null;
}

// `<input type="datetime-local">` speaks local wall-clock time without a zone.
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const ms = new Date(value).getTime(); // no zone: read as local time
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function formatAsOf(iso: string): string {
  return dateTime.format(new Date(iso));
}

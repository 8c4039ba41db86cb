// A moment an auditor names: a store position ("123:123"), a date-time, or a date (its end).
import { invalid } from '../platform/api-errors';
import { comparePositions, positionFromString, type Position, type RecordedEvent } from '@orgledger/event-store';

export type Moment = { position: Position } | { instant: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const parseMoment = (field: string, text: string): Moment => {
  const value = text.trim();
  if (/^\d+:\d+$/.test(value)) return { position: positionFromString(value) };
  const ms = Date.parse(DATE.test(value) ? `${value}T23:59:59.999Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
    throw invalid(
      'INVALID_MOMENT',
      `${field} must be a date (2026-03-01), a date-time (2026-03-01T09:30:00Z) or a store position; got "${value.slice(0, 40)}".`,
      { field },
    );
  }
  return { instant: new Date(ms).toISOString() };
};

export const isBy = (e: RecordedEvent, m: Moment): boolean => ('position' in m ? comparePositions(e.position, m.position) <= 0 : e.recordedAt <= m.instant);

export const momentText = (m: Moment) => ('position' in m ? `${m.position.commit}:${m.position.prepare}` : m.instant);

// Filter bounds: a date alone means the whole day.
export const boundInstant = (field: string, text: string | null | undefined, end: boolean): string | null => {
  if (!text) return null;
  const value = text.trim();
  const m = parseMoment(field, DATE.test(value) ? `${value}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : value);
  if ('position' in m) throw invalid('INVALID_MOMENT', `${field} must be a date or a date-time.`, { field });
  return m.instant;
};

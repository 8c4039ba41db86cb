import { isCivilDate, longDate, type CivilDate } from './civil-date';
import { ReferenceDataError } from './errors';
import { referenceTablesKey, type AnyRateTable, type PayPointValues, type RateTable, type RateTableKind, type ReferenceTables } from './rate-table';

const KIND_LABEL: Record<RateTableKind, string> = {
  njc_pay_spine: 'NJC pay spine',
  local_pay_points: 'local pay points',
  employer_ni: 'employer National Insurance',
  apprenticeship_levy: 'apprenticeship levy',
  statutory_redundancy: 'statutory redundancy',
};

export const rateTableKindLabel = (kind: RateTableKind): string => KIND_LABEL[kind];

const requireDate = (date: unknown): CivilDate => {
  if (isCivilDate(date)) return date;
  throw new ReferenceDataError('INVALID_DATE', `A date must be a real calendar date written YYYY-MM-DD, such as 2025-04-01; got ${JSON.stringify(date)}.`, {
    field: 'date',
  });
};

// The table in force on a date: the latest effectiveFrom on or before it. Two tables with the same
// effectiveFrom should not meet here (merge first); if they do, the later in the list wins.
export const tableInForce = <T extends RateTable<unknown>>(tables: readonly T[], date: CivilDate): T => {
  requireDate(date);
  let found: T | undefined;
  for (const table of tables) {
    if (table.effectiveFrom <= date && (!found || table.effectiveFrom >= found.effectiveFrom)) found = table;
  }
  const label = tables.length > 0 ? KIND_LABEL[tables[0].kind] : 'reference';
  if (!found) {
    const earliest = tables.map((t) => t.effectiveFrom).sort()[0];
    throw new ReferenceDataError(
      'NO_TABLE_IN_FORCE',
      earliest
        ? `No ${label} table is in force on ${longDate(date)}: the earliest starts on ${longDate(earliest)}.`
        : `No ${label} table has been loaded, so none is in force on ${longDate(date)}.`,
      { date, kind: tables[0]?.kind ?? null, earliest: earliest ?? null },
    );
  }
  // effectiveTo is the last day in force, inclusive.
  if (found.effectiveTo !== undefined && found.effectiveTo < date) {
    throw new ReferenceDataError(
      'TABLE_EXPIRED',
      `The ${label} table ${found.id} ended on ${longDate(found.effectiveTo)} and no later table is in force on ${longDate(date)}; add the table that follows it.`,
      { date, tableId: found.id, effectiveTo: found.effectiveTo },
    );
  }
  return found;
};

export const payPointsOf = (table: RateTable<PayPointValues>): number[] =>
  Object.keys(table.values.points)
    .map(Number)
    .sort((a, b) => a - b);

// When a point has been taken off the spine by a date: the day it went, and the next point up
// in the table in force (where its holders move), or null if none is above it.
export const scpDeletionOn = (
  tables: readonly RateTable<PayPointValues>[],
  scp: number,
  date: CivilDate,
): { from: CivilDate; nextScp: number | null; tableId: string } | null => {
  const table = tableInForce(tables, date);
  if (Object.prototype.hasOwnProperty.call(table.values.points, scp)) return null;
  for (const t of [table, ...tables.filter((other) => other !== table && other.effectiveFrom <= date)]) {
    const deletion = (t.values.deletedPoints ?? []).find((d) => d.scp === scp && d.from <= date);
    if (deletion) return { from: deletion.from, nextScp: payPointsOf(table).find((p) => p > scp) ?? null, tableId: table.id };
  }
  return null;
};

// Annual pay in pence at an SCP on a date, with the id of the table it came from.
export const scpPayOn = (tables: readonly RateTable<PayPointValues>[], scp: number, date: CivilDate): { pence: number; tableId: string } => {
  const table = tableInForce(tables, date);
  const pence = Object.prototype.hasOwnProperty.call(table.values.points, scp) ? table.values.points[scp] : undefined;
  if (pence !== undefined) return { pence, tableId: table.id };
  const deletion = scpDeletionOn(tables, scp, date);
  if (deletion) {
    const next = deletion.nextScp === null ? 'no higher point is on the table' : `its holders move to SCP ${deletion.nextScp} at least`;
    throw new ReferenceDataError('SCP_DELETED', `SCP ${scp} was deleted from ${longDate(deletion.from)}; ${next}.`, {
      scp,
      date,
      deletedFrom: deletion.from,
      nextScp: deletion.nextScp,
      tableId: table.id,
    });
  }
  const points = payPointsOf(table);
  const range = points.length > 0 ? ` (points ${points[0]} to ${points[points.length - 1]})` : '';
  throw new ReferenceDataError('SCP_NOT_IN_TABLE', `SCP ${scp} is not on pay table ${table.id}${range}.`, { scp, date, tableId: table.id });
};

// Standard tables plus a tenant's own, one kind at a time. An added table with the same
// effectiveFrom as a standard one supersedes it for that tenant (and a later added one supersedes
// an earlier); the result is ordered by effectiveFrom.
export const mergeTables = <T extends AnyRateTable>(standard: readonly T[], added: readonly T[]): T[] => {
  const all = [...standard, ...added];
  const kinds = new Set(all.map((t) => t.kind));
  if (kinds.size > 1) {
    throw new ReferenceDataError('TABLE_KINDS_DIFFER', `Only tables of one kind can be merged; got ${[...kinds].join(', ')}.`, { kinds: [...kinds] });
  }
  const byStart = new Map<CivilDate, T>();
  for (const table of all) byStart.set(table.effectiveFrom, table);
  return [...byStart.values()].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
};

// Every kind at once: the standard registry merged with a tenant's added tables.
export const mergeReferenceData = (standard: ReferenceTables, added: readonly AnyRateTable[]): ReferenceTables => {
  const pick = <K extends AnyRateTable['kind']>(kind: K) => added.filter((t): t is Extract<AnyRateTable, { kind: K }> => t.kind === kind);
  return {
    paySpine: mergeTables(standard.paySpine, pick('njc_pay_spine')),
    localPayPoints: mergeTables(standard.localPayPoints, pick('local_pay_points')),
    employerNi: mergeTables(standard.employerNi, pick('employer_ni')),
    apprenticeshipLevy: mergeTables(standard.apprenticeshipLevy, pick('apprenticeship_levy')),
    statutoryRedundancy: mergeTables(standard.statutoryRedundancy, pick('statutory_redundancy')),
  };
};

// Every table in a registry, in kind order, for id checks and listings.
export const allTablesOf = (tables: ReferenceTables): AnyRateTable[] =>
  (Object.values(referenceTablesKey) as (keyof ReferenceTables)[]).flatMap((key) => tables[key] as AnyRateTable[]);

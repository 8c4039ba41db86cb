import { ReferenceDataError, scpDeletionOn, scpPayOn, tableInForce, type RateTable, type ReferenceTables } from '@orgledger/reference-data';
import { invalid } from './errors';
import type { CivilDate } from '../shared/values';

// The reference-data package sits below the domain and throws its own error; the domain speaks
// DomainError only, with the same code, so the API maps it like any other input problem.
export const fromReferenceData = <T>(lookup: () => T): T => {
  try {
    return lookup();
  } catch (error) {
    if (error instanceof ReferenceDataError) throw invalid(error.code, error.message, error.details);
    throw error;
  }
};

export const inForce = <T extends RateTable<unknown>>(tables: readonly T[], date: CivilDate): T => fromReferenceData(() => tableInForce(tables, date));

export type PayAt = { pence: number; tableId: string; status: RateTable<unknown>['status'] };

// Pay at an SCP: the national spine first; a point the spine does not have (and never deleted) may be
// one of the council's own local points above it.
export const payAt = (tables: ReferenceTables, scp: number, date: CivilDate): PayAt =>
  fromReferenceData(() => {
    const spine = tableInForce(tables.paySpine, date);
    const onSpine = Object.prototype.hasOwnProperty.call(spine.values.points, scp);
    if (!onSpine && !scpDeletionOn(tables.paySpine, scp, date) && tables.localPayPoints.some((t) => t.effectiveFrom <= date)) {
      const local = tableInForce(tables.localPayPoints, date);
      if (Object.prototype.hasOwnProperty.call(local.values.points, scp)) return { ...scpPayOn([local], scp, date), status: local.status };
    }
    return { ...scpPayOn(tables.paySpine, scp, date), status: spine.status };
  });

export const isDeletedOn = (tables: ReferenceTables, scp: number, date: CivilDate): boolean =>
  fromReferenceData(() => scpDeletionOn(tables.paySpine, scp, date) !== null);

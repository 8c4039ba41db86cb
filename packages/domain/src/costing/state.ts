import {
  mergeReferenceData,
  mergeTables,
  STANDARD_REFERENCE_DATA,
  type LocalPayPointsTable,
  type NationalRateTable,
  type ReferenceTables,
} from '@orgledger/reference-data';
import type { ReferenceDataEvent } from './events';
import type { LgpsEmployerRate } from './lgps-rate';

export type ReferenceDataState = {
  addedTables: NationalRateTable[]; // in the order added
  localPayPoints: Record<string, LocalPayPointsTable[]>; // by authorityId, in the order set
  lgpsRates: Record<string, LgpsEmployerRate[]>; // by authorityId, in the order set
};

export const initialReferenceDataState: ReferenceDataState = { addedTables: [], localPayPoints: {}, lgpsRates: {} };

export const evolveReferenceData = (state: ReferenceDataState, event: ReferenceDataEvent): ReferenceDataState => {
  switch (event.type) {
    case 'PayTableAdded':
      return { ...state, addedTables: [...state.addedTables, event.data.table] };
    case 'LocalPayPointsSet': {
      const { authorityId, table } = event.data;
      return { ...state, localPayPoints: { ...state.localPayPoints, [authorityId]: [...(state.localPayPoints[authorityId] ?? []), table] } };
    }
    case 'LgpsEmployerRateSet': {
      const { authorityId, rateBp, effectiveFrom, source } = event.data;
      return { ...state, lgpsRates: { ...state.lgpsRates, [authorityId]: [...(state.lgpsRates[authorityId] ?? []), { rateBp, effectiveFrom, source }] } };
    }
    default:
      return state;
  }
};

// The tables a computation uses: the standard registry merged with the tenant's own (same
// effectiveFrom supersedes), and for a council, its local pay points.
export const referenceDataOf = (state: ReferenceDataState, authorityId?: string): ReferenceTables => ({
  ...mergeReferenceData(STANDARD_REFERENCE_DATA, state.addedTables),
  localPayPoints: authorityId === undefined ? [] : mergeTables([], state.localPayPoints[authorityId] ?? []),
});

// A council's LGPS rates by date; a rate set again for the same first day supersedes the earlier one.
export const lgpsRatesOf = (state: ReferenceDataState, authorityId: string): LgpsEmployerRate[] => {
  const byStart = new Map<string, LgpsEmployerRate>();
  for (const rate of state.lgpsRates[authorityId] ?? []) byStart.set(rate.effectiveFrom, rate);
  return [...byStart.values()].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
};

import type { LocalPayPointsTable, NationalRateTable } from '@orgledger/reference-data';
import type { Command } from '../shared/decider';

// A tenant's reference data: next year's spine (or any national table the standard set lacks), a
// council's local pay points, and each council's LGPS employer rates by date.
export type AddPayTable = Command<'AddPayTable', { table: NationalRateTable }>;
export type SetLocalPayPoints = Command<'SetLocalPayPoints', { authorityId: string; table: LocalPayPointsTable }>;
export type SetLgpsEmployerRate = Command<'SetLgpsEmployerRate', { authorityId: string; rateBp: number; effectiveFrom: string; source: string }>;

export type ReferenceDataCommand = AddPayTable | SetLocalPayPoints | SetLgpsEmployerRate;

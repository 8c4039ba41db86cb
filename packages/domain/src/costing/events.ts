import type { LocalPayPointsTable, NationalRateTable } from '@orgledger/reference-data';
import type { DomainEvent } from '../shared/decider';
import type { CivilDate } from '../shared/values';

// The table as entered, whole: a replay reads exactly the figures that were in force.
export type PayTableAdded = DomainEvent<'PayTableAdded', { table: NationalRateTable }>;
export type LocalPayPointsSet = DomainEvent<'LocalPayPointsSet', { authorityId: string; table: LocalPayPointsTable }>;
export type LgpsEmployerRateSet = DomainEvent<'LgpsEmployerRateSet', { authorityId: string; rateBp: number; effectiveFrom: CivilDate; source: string }>;

export type ReferenceDataEvent = PayTableAdded | LocalPayPointsSet | LgpsEmployerRateSet;

// One stream per tenant holds all of its reference data: `referenceData-<tenantId>_<tenantId>`.
export const referenceDataStreamCategory = 'referenceData';
export const referenceDataStreamId = (tenantId: string): string => tenantId;

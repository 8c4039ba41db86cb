import type { CivilDate } from './civil-date';

// Dated reference data: each table has an id that a computation records, the first day it is in
// force, a source a person can check, and whether the figures are confirmed.
export const RATE_TABLE_STATUSES = ['confirmed', 'to_be_confirmed'] as const;
export type RateTableStatus = (typeof RATE_TABLE_STATUSES)[number];
export const RATE_TABLE_KINDS = ['njc_pay_spine', 'local_pay_points', 'employer_ni', 'apprenticeship_levy', 'statutory_redundancy'] as const;
export type RateTableKind = (typeof RATE_TABLE_KINDS)[number];

export type RateTable<T, K extends RateTableKind = RateTableKind> = {
  id: string; // e.g. 'njc-spine-2025-26'; never reused, so a replay finds the same table
  kind: K;
  effectiveFrom: CivilDate; // first day in force
  effectiveTo?: CivilDate; // last day in force (inclusive); open-ended when absent
  source: string; // URL or citation
  status: RateTableStatus;
  note?: string;
  values: T;
};

// Annual pay in pence by spinal column point (SCP). A point removed from the spine is recorded
// with the day it goes, so a lookup can say where its holders moved.
export type PayPointValues = {
  points: Record<number, number>;
  deletedPoints?: { scp: number; from: CivilDate }[];
};
export type PaySpineTable = RateTable<PayPointValues, 'njc_pay_spine'>;
// A council's own points above the national spine (set per authority by the tenant).
export type LocalPayPointsTable = RateTable<PayPointValues, 'local_pay_points'>;

// Rates are integer basis points (15% = 1500), money integer pence. The upper secondary thresholds
// cap the 0% employer rate for under-21s (UST, SSCBA 1992 s.9A) and for apprentices under 25 (AUST,
// s.9B); a table without them (one a tenant added before they were recorded) grants no relief.
export type EmployerNiValues = {
  rateBp: number;
  secondaryThresholdPenceYear: number;
  upperSecondaryThresholdPenceYear?: number;
  apprenticeUpperSecondaryThresholdPenceYear?: number;
};
export type EmployerNiTable = RateTable<EmployerNiValues, 'employer_ni'>;

export type ApprenticeshipLevyValues = { rateBp: number; allowancePenceYear: number };
export type ApprenticeshipLevyTable = RateTable<ApprenticeshipLevyValues, 'apprenticeship_levy'>;

// Weeks per year of service in halves, so that 1.5 weeks stays an integer (3).
export type RedundancyBand = { fromAge: number; toAge: number | null; halfWeeksPerYear: 1 | 2 | 3 };
export type StatutoryRedundancyValues = {
  weeklyCapPence: number;
  maxYears: number;
  minimumServiceYears: number;
  bands: RedundancyBand[];
};
export type StatutoryRedundancyTable = RateTable<StatutoryRedundancyValues, 'statutory_redundancy'>;

export type NationalRateTable = PaySpineTable | EmployerNiTable | ApprenticeshipLevyTable | StatutoryRedundancyTable;
export type AnyRateTable = NationalRateTable | LocalPayPointsTable;

// Every table a computation may use, by kind. Local pay points belong to one authority.
export type ReferenceTables = {
  paySpine: PaySpineTable[];
  localPayPoints: LocalPayPointsTable[];
  employerNi: EmployerNiTable[];
  apprenticeshipLevy: ApprenticeshipLevyTable[];
  statutoryRedundancy: StatutoryRedundancyTable[];
};

export const referenceTablesKey = {
  njc_pay_spine: 'paySpine',
  local_pay_points: 'localPayPoints',
  employer_ni: 'employerNi',
  apprenticeship_levy: 'apprenticeshipLevy',
  statutory_redundancy: 'statutoryRedundancy',
} as const satisfies Record<RateTableKind, keyof ReferenceTables>;

export const rateTableKinds = Object.keys(referenceTablesKey) as RateTableKind[];

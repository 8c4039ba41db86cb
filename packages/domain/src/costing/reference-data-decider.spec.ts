import { STANDARD_REFERENCE_DATA, allTablesOf, type EmployerNiTable, type LocalPayPointsTable, type StatutoryRedundancyTable } from '@orgledger/reference-data';
import { fold } from '../shared/decider';
import { deciderSpec } from '../testing';
import type { AddPayTable, SetLgpsEmployerRate, SetLocalPayPoints } from './commands';
import type { LgpsEmployerRateSet, LocalPayPointsSet, PayTableAdded } from './events';
import { fullCost } from './full-cost';
import { referenceDataDecider } from './reference-data-decider';
import { admin, as, consultant, council, lgps211, otherCouncil, post, spine2026 } from './spec-fixtures';
import { lgpsRatesOf, referenceDataOf } from './state';
import { validateRateTable } from './table-validation';

const spec = deciderSpec(referenceDataDecider);
const add = (table: unknown, metadata = admin): AddPayTable => ({ type: 'AddPayTable', data: { table: table as AddPayTable['data']['table'] }, metadata });
const added = (table: PayTableAdded['data']['table']): PayTableAdded => ({ type: 'PayTableAdded', data: { table } });

const local: LocalPayPointsTable = {
  id: 'council-local-2025-26',
  kind: 'local_pay_points',
  effectiveFrom: '2025-04-01',
  source: 'Pay policy statement 2025/26',
  status: 'confirmed',
  values: { points: { 44: 5_600_000, 45: 5_800_000 } },
};
const setLocal = (table: unknown, metadata = admin, authorityId = council): SetLocalPayPoints => ({
  type: 'SetLocalPayPoints',
  data: { authorityId, table: table as LocalPayPointsTable },
  metadata,
});
const localSet = (table = local, authorityId = council): LocalPayPointsSet => ({ type: 'LocalPayPointsSet', data: { authorityId, table } });

const rate = (rateBp: unknown, effectiveFrom = '2023-04-01', metadata = consultant, source = 'Fund R&A certificate 2022 valuation'): SetLgpsEmployerRate => ({
  type: 'SetLgpsEmployerRate',
  data: { authorityId: council, rateBp: rateBp as number, effectiveFrom, source },
  metadata,
});
const rateSet = (rateBp: number, effectiveFrom = '2023-04-01', source = 'Fund R&A certificate 2022 valuation'): LgpsEmployerRateSet => ({
  type: 'LgpsEmployerRateSet',
  data: { authorityId: council, rateBp, effectiveFrom, source },
});

describe('when a tenant admin adds a national table', () => {
  it('records next year’s spine, and computations use it from its first day', () => {
    spec
      .given([])
      .when(add(spine2026))
      .then([added(spine2026)]);
    const tables = referenceDataOf(fold(referenceDataDecider, [added(spine2026)]));
    expect(tables.paySpine.map((t) => t.id)).toEqual(['njc-spine-2024-25', 'njc-spine-2025-26', 'acme-njc-spine-2026-27']);
    expect(fullCost(post({ financialYear: '2026/27', tables })).basis.payTableId).toBe('acme-njc-spine-2026-27');
    expect(fullCost(post({ financialYear: '2025/26', tables })).basis.payTableId).toBe('njc-spine-2025-26');
  });

  it('records the table trimmed, with only the fields a table has', () => {
    const messy = { ...spine2026, source: '  LGA circular  ', note: '', extra: 'dropped' };
    const { note: _none, ...clean } = spine2026;
    spec
      .given([])
      .when(add(messy))
      .then([added({ ...clean, source: 'LGA circular' })]);
  });

  it('adds the other national kinds too: next April’s redundancy cap and NI rates', () => {
    const cap: StatutoryRedundancyTable = {
      ...STANDARD_REFERENCE_DATA.statutoryRedundancy[1],
      id: 'acme-redundancy-2026-27',
      effectiveFrom: '2026-04-06',
      values: { ...STANDARD_REFERENCE_DATA.statutoryRedundancy[1].values, weeklyCapPence: 75_100 },
    };
    spec
      .given([])
      .when(add(cap))
      .then([added(cap)]);
    const ni: EmployerNiTable = { ...STANDARD_REFERENCE_DATA.employerNi[1], id: 'acme-ni-2028-29', effectiveFrom: '2028-04-06' };
    spec
      .given([])
      .when(add(ni))
      .then([added(ni)]);
  });

  it('is for tenant admins only', () => {
    for (const role of ['consultant', 'auditor', 'finance_partner', 'service_director'] as const) {
      spec
        .given([])
        .when(add(spine2026, as(role)))
        .thenThrows('REFERENCE_DATA_ADMIN_ONLY', 'FORBIDDEN');
    }
  });

  it('never reuses a table id, standard or added', () => {
    spec
      .given([])
      .when(add({ ...spine2026, id: 'njc-spine-2025-26' }))
      .thenThrows('TABLE_ID_TAKEN', 'CONFLICT');
    spec
      .given([added(spine2026)])
      .when(add({ ...spine2026, effectiveFrom: '2027-04-01' }))
      .thenThrows('TABLE_ID_TAKEN', 'CONFLICT');
    spec
      .given([localSet()])
      .when(add({ ...spine2026, id: local.id }))
      .thenThrows('TABLE_ID_TAKEN', 'CONFLICT');
  });

  it('lets a corrected table with the same first day supersede the earlier one', () => {
    const corrected = { ...spine2026, id: 'acme-njc-spine-2026-27-v2' };
    const tables = referenceDataOf(fold(referenceDataDecider, [added(spine2026), added(corrected)]));
    expect(tables.paySpine.map((t) => t.id)).toEqual(['njc-spine-2024-25', 'njc-spine-2025-26', 'acme-njc-spine-2026-27-v2']);
  });
});

describe('when the table is not valid', () => {
  const refuses = (table: unknown, code: string) => spec.given([]).when(add(table)).thenThrows(code, 'BAD_USER_INPUT');

  it('needs a table, an id, a national kind, a real first day and a status', () => {
    refuses(null, 'INVALID_TABLE');
    refuses({ ...spine2026, id: 'Acme 2026' }, 'INVALID_TABLE_ID');
    refuses({ ...spine2026, kind: 'regional_spine' }, 'INVALID_TABLE_KIND');
    refuses({ ...spine2026, kind: 'local_pay_points' }, 'INVALID_TABLE_KIND');
    refuses({ ...spine2026, effectiveFrom: '2026-02-30' }, 'INVALID_DATE');
    refuses({ ...spine2026, effectiveTo: '2026-03-31' }, 'INVALID_TABLE_DATES');
    refuses({ ...spine2026, status: 'draft' }, 'INVALID_TABLE_STATUS');
    refuses({ ...spine2026, source: '   ' }, 'TEXT_REQUIRED');
  });

  it('needs positive whole pence at whole SCPs, rising with every point', () => {
    const points = (p: Record<string, unknown>) => ({ ...spine2026, values: { points: p } });
    refuses(points({}), 'INVALID_TABLE_VALUES');
    refuses(points({ 3: 0 }), 'INVALID_TABLE_VALUES');
    refuses(points({ 3: 2_479_650.5 }), 'INVALID_TABLE_VALUES');
    refuses(points({ 3: -1 }), 'INVALID_TABLE_VALUES');
    refuses(points({ '3.5': 2_479_600 }), 'INVALID_TABLE_VALUES');
    refuses(points({ 100: 2_479_600 }), 'INVALID_TABLE_VALUES');
    const error = refuses(points({ 3: 2_479_600, 4: 2_518_500, 5: 2_518_500 }), 'PAY_POINTS_NOT_ASCENDING');
    expect(error.message).toBe('Pay must rise with every SCP: SCP 5 (£25,185.00) is not above SCP 4 (£25,185.00).');
  });

  it('records a deleted point only if it is off the table and went by the table’s first day', () => {
    const deleted = (d: unknown) => ({ ...spine2026, values: { ...spine2026.values, deletedPoints: d } });
    refuses(deleted([{ scp: 3, from: '2026-04-01' }]), 'INVALID_TABLE_VALUES');
    refuses(deleted([{ scp: 2, from: '2026-04-02' }]), 'INVALID_TABLE_VALUES');
    refuses(
      deleted([
        { scp: 2, from: '2026-04-01' },
        { scp: 2, from: '2026-04-01' },
      ]),
      'INVALID_TABLE_VALUES',
    );
    refuses(deleted('SCP 2'), 'INVALID_TABLE_VALUES');
  });

  it('needs whole basis points and pence for NI, and joined age bands for redundancy', () => {
    const ni = STANDARD_REFERENCE_DATA.employerNi[1];
    refuses({ ...ni, id: 'x-ni', values: { rateBp: 15.0001, secondaryThresholdPenceYear: 500_000 } }, 'INVALID_TABLE_VALUES');
    refuses({ ...ni, id: 'x-ni', values: { rateBp: 1500 } }, 'INVALID_TABLE_VALUES');
    // the relief thresholds are optional, and never below the secondary threshold
    refuses({ ...ni, id: 'x-ni', values: { ...ni.values, apprenticeUpperSecondaryThresholdPenceYear: 499_999 } }, 'INVALID_TABLE_VALUES');
    const bare = { ...ni, id: 'x-ni', values: { rateBp: 1500, secondaryThresholdPenceYear: 500_000 } };
    expect(validateRateTable(bare, ['employer_ni'])).toEqual(bare);
    const r = STANDARD_REFERENCE_DATA.statutoryRedundancy[1];
    const bands = (b: unknown) => ({ ...r, id: 'x-red', values: { ...r.values, bands: b } });
    refuses(
      bands([
        { fromAge: 0, toAge: 21, halfWeeksPerYear: 1 },
        { fromAge: 23, toAge: null, halfWeeksPerYear: 2 },
      ]),
      'INVALID_TABLE_VALUES',
    );
    refuses(
      bands([
        { fromAge: 0, toAge: 21, halfWeeksPerYear: 1 },
        { fromAge: 22, toAge: 40, halfWeeksPerYear: 2 },
      ]),
      'INVALID_TABLE_VALUES',
    );
    refuses(bands([{ fromAge: 0, toAge: null, halfWeeksPerYear: 4 }]), 'INVALID_TABLE_VALUES');
    refuses(bands([{ fromAge: 1, toAge: null, halfWeeksPerYear: 2 }]), 'INVALID_TABLE_VALUES');
  });

  it('accepts every standard table as it stands', () => {
    for (const table of allTablesOf(STANDARD_REFERENCE_DATA)) {
      expect(validateRateTable(table, [table.kind])).toEqual(table);
    }
  });
});

describe("when a council's local pay points are set", () => {
  it('records them for that council only', () => {
    spec.given([]).when(setLocal(local)).then([localSet()]);
    const state = fold(referenceDataDecider, [localSet()]);
    expect(referenceDataOf(state, council).localPayPoints).toEqual([local]);
    expect(referenceDataOf(state, otherCouncil).localPayPoints).toEqual([]);
    expect(referenceDataOf(state).localPayPoints).toEqual([]);
  });

  it('keeps them above the spine in force when they start', () => {
    const onSpine = { ...local, values: { points: { 43: 5_600_000 } } };
    spec.given([]).when(setLocal(onSpine)).thenThrows('LOCAL_POINTS_NOT_ABOVE_SPINE');
    const cheap = { ...local, values: { points: { 44: 5_400_000 } } };
    const error = spec.given([]).when(setLocal(cheap)).thenThrows('LOCAL_POINTS_NOT_ABOVE_SPINE');
    expect(error.message).toContain('tops out at SCP 43, £54,495.00');
    spec
      .given([])
      .when(setLocal({ ...local, effectiveFrom: '2024-01-01' }))
      .thenThrows('NO_TABLE_IN_FORCE');
  });

  it('is for tenant admins, names a real council, and takes local tables only', () => {
    spec.given([]).when(setLocal(local, consultant)).thenThrows('REFERENCE_DATA_ADMIN_ONLY', 'FORBIDDEN');
    spec
      .given([])
      .when(setLocal(local, admin, 'county-hall'))
      .thenThrows('INVALID_ID');
    spec
      .given([])
      .when(setLocal({ ...local, kind: 'njc_pay_spine' }))
      .thenThrows('INVALID_TABLE_KIND');
  });
});

describe("when a council's LGPS employer rate is set", () => {
  it('records the rate by date, for consultants and tenant admins', () => {
    spec
      .given([])
      .when(rate(2110))
      .then([rateSet(2110)]);
    spec
      .given([])
      .when(rate(2110, '2023-04-01', admin))
      .then([rateSet(2110)]);
    spec
      .given([])
      .when(rate(0, '2026-04-01'))
      .then([rateSet(0, '2026-04-01')]);
    spec
      .given([])
      .when(rate(5000))
      .then([rateSet(5000)]);
  });

  it('refuses anyone else', () => {
    for (const role of ['auditor', 'finance_partner', 'da_member'] as const) {
      spec
        .given([])
        .when(rate(2110, '2023-04-01', as(role)))
        .thenThrows('LGPS_RATE_NOT_ALLOWED', 'FORBIDDEN');
    }
  });

  it('needs whole basis points from 0 to 5000, a real date and a source', () => {
    spec.given([]).when(rate(21.1)).thenThrows('INVALID_LGPS_RATE');
    spec.given([]).when(rate(5001)).thenThrows('INVALID_LGPS_RATE');
    spec.given([]).when(rate(-1)).thenThrows('INVALID_LGPS_RATE');
    spec.given([]).when(rate('2110')).thenThrows('INVALID_LGPS_RATE');
    spec.given([]).when(rate(2110, '2023-04-31')).thenThrows('INVALID_DATE');
    spec
      .given([])
      .when(rate(2110, '2023-04-01', consultant, ' '))
      .thenThrows('TEXT_REQUIRED');
  });

  it('does nothing when the same rate is set again, and lets a correction for the same date supersede', () => {
    spec
      .given([rateSet(2110)])
      .when(rate(2110))
      .then([]);
    spec
      .given([rateSet(2110)])
      .when(rate(2120))
      .then([rateSet(2120)]);
    const state = fold(referenceDataDecider, [rateSet(1750, '2026-04-01', '2025 valuation'), rateSet(2110), rateSet(2120)]);
    expect(lgpsRatesOf(state, council)).toEqual([
      { rateBp: 2120, effectiveFrom: '2023-04-01', source: 'Fund R&A certificate 2022 valuation' },
      { rateBp: 1750, effectiveFrom: '2026-04-01', source: '2025 valuation' },
    ]);
    expect(lgpsRatesOf(state, otherCouncil)).toEqual([]);
  });

  it('gives each year the rate in force on its 1 April', () => {
    const state = fold(referenceDataDecider, [rateSet(2110), rateSet(1750, '2026-04-01', '2025 valuation')]);
    const authorityLgps = lgpsRatesOf(state, council);
    expect(fullCost(post({ authorityLgps })).basis.lgpsRate).toEqual(lgps211);
    expect(fullCost(post({ authorityLgps, financialYear: '2026/27' })).basis.lgpsRate.rateBp).toBe(1750);
  });
});

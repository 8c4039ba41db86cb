import type { PaySpineTable } from '../rate-table';

// NJC ("Green Book") pay spine, England, Wales and Northern Ireland, per
// docs: /work/shared/reference/uk-councils-domain.md §2.1. Both years are *derived*: 2024/25 from
// memory (unverified) and 2025/26 as 2024/25 × 1.032 rounded to £1. SCP 2 for 2025/26 (£24,413)
// matches the widely quoted bottom rate. Load the LGA pay circular before relying on them.
// [SCP, 2024/25 £, 2025/26 £]
const SPINE_POUNDS: readonly [number, number, number][] = [
  [2, 23_656, 24_413],
  [3, 24_027, 24_796],
  [4, 24_404, 25_185],
  [5, 24_790, 25_583],
  [6, 25_183, 25_989],
  [7, 25_584, 26_403],
  [8, 25_992, 26_824],
  [9, 26_409, 27_254],
  [10, 26_835, 27_694],
  [11, 27_269, 28_142],
  [12, 27_711, 28_598],
  [13, 28_163, 29_064],
  [14, 28_624, 29_540],
  [15, 29_093, 30_024],
  [16, 29_572, 30_518],
  [17, 30_060, 31_022],
  [18, 30_559, 31_537],
  [19, 31_067, 32_061],
  [20, 31_586, 32_597],
  [21, 32_115, 33_143],
  [22, 32_654, 33_699],
  [23, 33_366, 34_434],
  [24, 34_314, 35_412],
  [25, 35_235, 36_363],
  [26, 36_124, 37_280],
  [27, 37_035, 38_220],
  [28, 37_938, 39_152],
  [29, 38_626, 39_862],
  [30, 39_513, 40_777],
  [31, 40_476, 41_771],
  [32, 41_511, 42_839],
  [33, 42_708, 44_075],
  [34, 43_693, 45_091],
  [35, 44_711, 46_142],
  [36, 45_718, 47_181],
  [37, 46_731, 48_226],
  [38, 47_754, 49_282],
  [39, 48_710, 50_269],
  [40, 49_764, 51_356],
  [41, 50_788, 52_413],
  [42, 51_802, 53_460],
  [43, 52_805, 54_495],
];

// Whole pounds to pence: an integer product, no rounding.
const pence = (column: 1 | 2, skip: number[] = []): Record<number, number> =>
  Object.fromEntries(SPINE_POUNDS.filter(([scp]) => !skip.includes(scp)).map((row) => [row[0], row[column] * 100]));

const DERIVED = 'derived values; load the LGA pay circular before use';

export const NJC_SPINE_2024_25: PaySpineTable = {
  id: 'njc-spine-2024-25',
  kind: 'njc_pay_spine',
  effectiveFrom: '2024-04-01',
  source: 'NJC pay agreement 2024/25 (flat £1,290 on SCP 2–43): https://esalc.co.uk/?p=1972 ; values per OrgLedger reference uk-councils-domain.md §2.1',
  status: 'to_be_confirmed',
  note: `${DERIVED} (2024/25 values recalled from memory, unverified)`,
  values: { points: pence(1) },
};

export const NJC_SPINE_2025_26: PaySpineTable = {
  id: 'njc-spine-2025-26',
  kind: 'njc_pay_spine',
  effectiveFrom: '2025-04-01',
  source:
    'NJC pay agreement 2025/26 (+3.2% on SCP 2–43 from 1 April 2025): ' +
    'https://hrhub.judiciumeducation.co.uk/news/national-employers-njc-green-book-make-full-and-final-pay-offer-for-2025-26 , ' +
    'https://www.workingwithschools.co.uk/njc-pay-award-2025 ; values 2024/25 × 1.032 rounded to £1 per uk-councils-domain.md §2.1',
  status: 'to_be_confirmed',
  note: DERIVED,
  values: { points: pence(2) },
};

// Not a 2026/27 award (none is known): the 2025/26 figures carried forward so that the one known
// change — SCP 2 deleted from 1 April 2026 — is in force from that day.
export const NJC_SPINE_FROM_2026_04_01: PaySpineTable = {
  id: 'njc-spine-2025-26-without-scp-2',
  kind: 'njc_pay_spine',
  effectiveFrom: '2026-04-01',
  source:
    'NJC pay agreement 2025 (SCP 2 deleted from 1 April 2026): https://www.derbyshirealc.gov.uk/blog/dalc-news-updates-1/njc-pay-agreement-54 , ' +
    'https://www.workingwithschools.co.uk/njc-pay-award-2025',
  status: 'to_be_confirmed',
  note: `the 2026/27 pay award is not yet known: 2025/26 values without SCP 2, which is deleted from 1 April 2026; ${DERIVED}`,
  values: { points: pence(2, [2]), deletedPoints: [{ scp: 2, from: '2026-04-01' }] },
};

export const NJC_PAY_SPINE_TABLES: PaySpineTable[] = [NJC_SPINE_2024_25, NJC_SPINE_2025_26, NJC_SPINE_FROM_2026_04_01];

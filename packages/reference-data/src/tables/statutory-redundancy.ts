import type { RedundancyBand, StatutoryRedundancyTable } from '../rate-table';

// Employment Rights Act 1996 s.162: half a week's pay for each year under 22, one week for each
// year from 22 to 40, one and a half weeks for each year at 41 or over; at most 20 years; only
// after 2 years' continuous service. The cap applies where the dismissal falls on or after the date.
const BANDS: RedundancyBand[] = [
  { fromAge: 0, toAge: 21, halfWeeksPerYear: 1 },
  { fromAge: 22, toAge: 40, halfWeeksPerYear: 2 },
  { fromAge: 41, toAge: null, halfWeeksPerYear: 3 },
];

export const STATUTORY_REDUNDANCY_2024_25: StatutoryRedundancyTable = {
  id: 'statutory-redundancy-2024-25',
  kind: 'statutory_redundancy',
  effectiveFrom: '2024-04-06',
  source:
    'The Employment Rights (Increase of Limits) Order 2024 (week’s pay £700, maximum £21,000, from 6 April 2024): ' +
    'https://www.cipp.org.uk/resources/news/2024-25-redundancy-rates-released.html',
  status: 'confirmed',
  values: { weeklyCapPence: 70_000, maxYears: 20, minimumServiceYears: 2, bands: BANDS },
};

export const STATUTORY_REDUNDANCY_2025_26: StatutoryRedundancyTable = {
  id: 'statutory-redundancy-2025-26',
  kind: 'statutory_redundancy',
  effectiveFrom: '2025-04-06',
  source:
    'Week’s pay capped at £719 from 6 April 2025, maximum £21,570: ' +
    'https://weightmans.com/media-centre/news/redundancy-pay-and-other-statutory-limits-to-rise-again',
  status: 'confirmed',
  values: { weeklyCapPence: 71_900, maxYears: 20, minimumServiceYears: 2, bands: BANDS },
};

// The cap in force on the dismissal (the "relevant date", ERA 1996 s.145) applies, so a dismissal on
// 5 April 2026 is paid at £719 and one on 6 April 2026 at £751 (20 years × 1½ weeks × £751 = £22,530).
export const STATUTORY_REDUNDANCY_2026_27: StatutoryRedundancyTable = {
  id: 'statutory-redundancy-2026-27',
  kind: 'statutory_redundancy',
  effectiveFrom: '2026-04-06',
  source:
    'The Employment Rights (Increase of Limits) Order 2026: week’s pay capped at £751 for dismissals on or after 6 April 2026, maximum £22,530 ' +
    '(GOV.UK, Redundancy pay, as quoted at http://fairworkhub.uk/blog/statutory-redundancy-pay-weekly-cap ; ' +
    'https://weightmans.com/media-centre/news/redundancy-pay-and-other-statutory-limits-to-rise-again)',
  status: 'confirmed',
  values: { weeklyCapPence: 75_100, maxYears: 20, minimumServiceYears: 2, bands: BANDS },
};

export const STATUTORY_REDUNDANCY_TABLES: StatutoryRedundancyTable[] = [
  STATUTORY_REDUNDANCY_2024_25,
  STATUTORY_REDUNDANCY_2025_26,
  STATUTORY_REDUNDANCY_2026_27,
];

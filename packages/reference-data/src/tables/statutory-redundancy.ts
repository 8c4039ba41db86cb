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

export const STATUTORY_REDUNDANCY_TABLES: StatutoryRedundancyTable[] = [STATUTORY_REDUNDANCY_2024_25, STATUTORY_REDUNDANCY_2025_26];

import type { RateTableStatus } from './rate-table';

// NJC pay awards by financial year, as agreed by the National Joint Council. A year listed here is
// already in the pay spine table in force for it, so a business case adds no provision for it; a
// year not listed has no agreed award, and the consultant's labelled assumption applies instead.
// When an award is agreed, its spine table and its line here are added together.
export type PayAward = {
  financialYear: string; // '2025/26'
  description: string;
  effectiveFrom: string; // the day the award applies from (1 April)
  source: string;
  status: RateTableStatus;
};

export const NJC_PAY_AWARDS: PayAward[] = [
  {
    financialYear: '2024/25',
    description: 'flat £1,290 on SCP 2–43, 2.5% above the spine',
    effectiveFrom: '2024-04-01',
    source: 'NJC pay agreement 2024/25: https://esalc.co.uk/?p=1972',
    status: 'confirmed',
  },
  {
    financialYear: '2025/26',
    description: '3.2% on SCP 2–43 and on allowances; SCP 2 deleted from 1 April 2026',
    effectiveFrom: '2025-04-01',
    source:
      'NJC pay agreement 2025/26 (announced 23 July 2025): https://hrhub.judiciumeducation.co.uk/news/national-employers-njc-green-book-make-full-and-final-pay-offer-for-2025-26 , ' +
      'https://www.workingwithschools.co.uk/njc-pay-award-2025',
    status: 'confirmed',
  },
];

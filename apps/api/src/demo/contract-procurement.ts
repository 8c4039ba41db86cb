import { addMonths } from '@orgledger/domain';

// When each demo contract's procurement began, as the council's procurement team records it: five
// months before the start for contracts let since 2024, with ICT's call-off begun on the Act's first
// day and a care contract recorded as a PCR 2015 framework call-off. Older contracts record neither,
// so they read "regime not recorded".
const BEGUN_ON: Record<string, string> = { 'ICT-C001': '2025-02-24' };
const REGIME: Record<string, string> = { 'ACM-C002': 'PCR 2015' };

export const procurementCells = (reference: string, startDate: string): [string, string] => {
  const begun = BEGUN_ON[reference] ?? (startDate >= '2024-01-01' ? addMonths(startDate, -5) : '');
  return [begun, REGIME[reference] ?? ''];
};

import { addMonths } from '@orgledger/domain';

// When each demo contract's procurement began, as the council's procurement team records it: five
// months before the start for contracts let since 2024, but never before 24 February 2025 for a
// contract that started after it (those were tendered under the Act, some on its first day). Older
// contracts record no date, so they read "regime not recorded".
const ACT_FROM = '2025-02-24';

export const procurementStartOf = (startDate: string): string => {
  if (startDate < '2024-01-01') return '';
  const begun = addMonths(startDate, -5);
  return startDate >= ACT_FROM && begun < ACT_FROM ? ACT_FROM : begun;
};

import type { ApprenticeshipLevyTable } from '../rate-table';

// 0.5% of the NI-able pay bill less a £15,000 annual allowance, unchanged since the levy began on
// 6 April 2017. Every council's pay bill is over £3m, so the marginal cost of a post is 0.5% of pay.
export const APPRENTICESHIP_LEVY_FROM_2017: ApprenticeshipLevyTable = {
  id: 'apprenticeship-levy-2017',
  kind: 'apprenticeship_levy',
  effectiveFrom: '2017-04-06',
  source: 'https://www.aureliatraining.com/levy/ , https://skegnesstec.ac.uk/apprenticeships/apprenticeship-levy/',
  status: 'confirmed',
  note: 'the allowance is per employer, so a single post in a levy-paying council costs the full 0.5%',
  values: { rateBp: 50, allowancePenceYear: 1_500_000 },
};

export const APPRENTICESHIP_LEVY_TABLES: ApprenticeshipLevyTable[] = [APPRENTICESHIP_LEVY_FROM_2017];

import type { EmployerNiTable } from '../rate-table';

// Employer (Class 1 secondary) National Insurance. Councils cannot claim the Employment Allowance
// (public bodies are excluded), so nothing here reduces it.
const NO_ALLOWANCE = 'councils cannot claim the Employment Allowance';

export const EMPLOYER_NI_2024_25: EmployerNiTable = {
  id: 'employer-ni-2024-25',
  kind: 'employer_ni',
  effectiveFrom: '2024-04-06',
  source:
    '13.8% above the £9,100 secondary threshold before 6 April 2025: ' +
    'https://charteredaccountants.ie/News/national-insurance-contributions---uk-autumn-statement-2024 , ' +
    'https://lewisbrownlee-co-uk.rc.clientzone.com/news/spring-statement/article/2025/March/national-insurance-contributions',
  status: 'confirmed',
  note: `the same rate and threshold applied in 2023/24; recorded from 2024/25, the earliest year OrgLedger costs; ${NO_ALLOWANCE}`,
  values: { rateBp: 1380, secondaryThresholdPenceYear: 910_000 },
};

export const EMPLOYER_NI_2025_26: EmployerNiTable = {
  id: 'employer-ni-2025-26',
  kind: 'employer_ni',
  effectiveFrom: '2025-04-06',
  source:
    '15% above the £5,000 secondary threshold from 6 April 2025 (threshold held until April 2028): ' +
    'https://charteredaccountants.ie/News/national-insurance-contributions---uk-autumn-statement-2024 , ' +
    'https://lewisbrownlee-co-uk.rc.clientzone.com/news/spring-statement/article/2025/March/national-insurance-contributions , ' +
    'https://www.morriscrocker.co.uk/Latest-Blogs/1159',
  status: 'confirmed',
  note: `threshold held at £5,000 until April 2028, then CPI-linked; ${NO_ALLOWANCE}`,
  values: { rateBp: 1500, secondaryThresholdPenceYear: 500_000 },
};

export const EMPLOYER_NI_TABLES: EmployerNiTable[] = [EMPLOYER_NI_2024_25, EMPLOYER_NI_2025_26];

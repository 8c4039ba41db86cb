import type { EmployerNiTable } from '../rate-table';

// Employer (Class 1 secondary) National Insurance. Councils cannot claim the Employment Allowance
// (public bodies are excluded), so nothing here reduces it.
const NO_ALLOWANCE = 'councils cannot claim the Employment Allowance';

// 0% employer rate up to the upper secondary threshold for employees under 21 (category M) and for
// apprentices under 25 (category H; HMRC asks for H for an apprentice under 21 too): £50,270 a year,
// £967 a week, in 2024/25, 2025/26 and 2026/27.
const RELIEF_SOURCE =
  'UST and apprentice UST £50,270 a year, £967 a week (HMRC, employer NI for apprentices under 25; NIM01311): ' +
  'https://www.gov.uk/government/publications/national-insurance-contributions-for-under-25s-employer-guide , ' +
  'https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim01311';
const UPPER_SECONDARY_THRESHOLD = 5_027_000;

export const EMPLOYER_NI_2024_25: EmployerNiTable = {
  id: 'employer-ni-2024-25',
  kind: 'employer_ni',
  effectiveFrom: '2024-04-06',
  source:
    '13.8% above the £9,100 secondary threshold before 6 April 2025: ' +
    'https://charteredaccountants.ie/News/national-insurance-contributions---uk-autumn-statement-2024 , ' +
    'https://lewisbrownlee-co-uk.rc.clientzone.com/news/spring-statement/article/2025/March/national-insurance-contributions ; ' +
    RELIEF_SOURCE,
  status: 'confirmed',
  note: `the same rate and threshold applied in 2023/24; recorded from 2024/25, the earliest year OrgLedger costs; ${NO_ALLOWANCE}`,
  values: {
    rateBp: 1380,
    secondaryThresholdPenceYear: 910_000,
    upperSecondaryThresholdPenceYear: UPPER_SECONDARY_THRESHOLD,
    apprenticeUpperSecondaryThresholdPenceYear: UPPER_SECONDARY_THRESHOLD,
  },
};

export const EMPLOYER_NI_2025_26: EmployerNiTable = {
  id: 'employer-ni-2025-26',
  kind: 'employer_ni',
  effectiveFrom: '2025-04-06',
  source:
    '15% above the £5,000 secondary threshold from 6 April 2025 (threshold held until April 2028): ' +
    'https://charteredaccountants.ie/News/national-insurance-contributions---uk-autumn-statement-2024 , ' +
    'https://lewisbrownlee-co-uk.rc.clientzone.com/news/spring-statement/article/2025/March/national-insurance-contributions , ' +
    'https://www.morriscrocker.co.uk/Latest-Blogs/1159 ; ' +
    RELIEF_SOURCE,
  status: 'confirmed',
  note: `threshold held at £5,000 until April 2028, then CPI-linked; ${NO_ALLOWANCE}`,
  values: {
    rateBp: 1500,
    secondaryThresholdPenceYear: 500_000,
    upperSecondaryThresholdPenceYear: UPPER_SECONDARY_THRESHOLD,
    apprenticeUpperSecondaryThresholdPenceYear: UPPER_SECONDARY_THRESHOLD,
  },
};

export const EMPLOYER_NI_TABLES: EmployerNiTable[] = [EMPLOYER_NI_2024_25, EMPLOYER_NI_2025_26];

import { isCivilDate, longDate, type CivilDate } from './civil-date';
import { ReferenceDataError } from './errors';
import type { RateTableStatus } from './rate-table';

// Statutory consultation rules as dated data, not constants: Parliament has changed them before
// (90 → 45 days in 2013) and the Employment Rights Act 2025 changes them again. Each version has
// an id a plan records, the first day it applies, a source a person can check, and a status.
export type StatutoryRuleKind = 'collective_consultation' | 'hr1_notification' | 'protective_award';

export type StatutoryRule<T, K extends StatutoryRuleKind = StatutoryRuleKind> = {
  id: string;
  kind: K;
  effectiveFrom: CivilDate;
  source: string;
  status: RateTableStatus;
  note?: string;
  values: T;
};

// A band of proposed dismissals at one establishment within the window: from `minEmployees` to
// `maxEmployees` (inclusive; null = no upper limit) the period is `days` days.
export type DismissalBand = { minEmployees: number; maxEmployees: number | null; days: number };

export type CollectiveConsultationValues = { section: string; windowDays: number; bands: DismissalBand[] };
export type Hr1NotificationValues = { section: string; bands: DismissalBand[]; onlineFormOnly: boolean };
export type ProtectiveAwardValues = { section: string; maximumDays: number };

export type CollectiveConsultationRule = StatutoryRule<CollectiveConsultationValues, 'collective_consultation'>;
export type Hr1NotificationRule = StatutoryRule<Hr1NotificationValues, 'hr1_notification'>;
export type ProtectiveAwardRule = StatutoryRule<ProtectiveAwardValues, 'protective_award'>;

const BANDS_2013: DismissalBand[] = [
  { minEmployees: 20, maxEmployees: 99, days: 30 },
  { minEmployees: 100, maxEmployees: null, days: 45 },
];

export const COLLECTIVE_CONSULTATION_2013: CollectiveConsultationRule = {
  id: 'tulrca-s188-2013',
  kind: 'collective_consultation',
  effectiveFrom: '2013-04-06',
  source:
    'TULRCA 1992 s.188 (20–99 proposed dismissals at one establishment within 90 days: 30 days; 100+: 45 days before the first dismissal takes effect): ' +
    'https://www.blandy.co.uk/about/news-and-insights/insights/part-2-multiple-redundancies-what-does-collective-consultation-involve-who-are-appropriate-representatives-and-whom-must-the-employer-consult',
  status: 'confirmed',
  note: 'Earlier versions (90 days for 100+) are not loaded.',
  values: { section: 'TULRCA 1992 s.188', windowDays: 90, bands: BANDS_2013 },
};

export const HR1_NOTIFICATION_2013: Hr1NotificationRule = {
  id: 'tulrca-s193-2013',
  kind: 'hr1_notification',
  effectiveFrom: '2013-04-06',
  source:
    'TULRCA 1992 s.193, form HR1 at least 30 days (20–99) or 45 days (100+) before the first dismissal and before any notice: ' +
    'https://www.gov.uk/government/publications/redundancy-payments-form-hr1-advance-notification-of-redundancies',
  status: 'confirmed',
  values: { section: 'TULRCA 1992 s.193', bands: BANDS_2013, onlineFormOnly: false },
};

// From 1 December 2025 HR1 is online only, and the form will not take a consultation start date in
// the future: it can be sent only once consultation has started.
export const HR1_NOTIFICATION_2025_12: Hr1NotificationRule = {
  id: 'tulrca-s193-online-2025-12',
  kind: 'hr1_notification',
  effectiveFrom: '2025-12-01',
  source:
    'Online HR1 mandatory from 1 December 2025; it does not accept a consultation start date in the future: ' +
    'https://www.hilldickinson.com/insights/articles/collective-redundancy-new-online-hr1-form-mandatory-1-december-2025',
  status: 'confirmed',
  values: { section: 'TULRCA 1992 s.193', bands: BANDS_2013, onlineFormOnly: true },
};

export const PROTECTIVE_AWARD_2013: ProtectiveAwardRule = {
  id: 'tulrca-s189-90-days',
  kind: 'protective_award',
  effectiveFrom: '2013-04-06',
  source:
    'TULRCA 1992 s.189: up to 90 days’ uncapped gross pay per affected employee: ' +
    'https://linklaters.com/en/insights/blogs/employmentlinks/2025/march/transforming-collective-redundancy-consultation',
  status: 'confirmed',
  note: 'The 90-day maximum is older than this entry; earlier dates are not loaded.',
  values: { section: 'TULRCA 1992 s.189', maximumDays: 90 },
};

// In force from 6 April 2026 for dismissals on or after that day: the Government's stated reading
// (business.gov.uk). The Act itself does not say whether the day of dismissal or the start of
// consultation decides; the exposure follows the Government and counts from the first dismissal.
export const PROTECTIVE_AWARD_ERA_2025: ProtectiveAwardRule = {
  id: 'tulrca-s189-180-days-era-2025',
  kind: 'protective_award',
  effectiveFrom: '2026-04-06',
  source:
    'TULRCA 1992 s.189 as amended by the Employment Rights Act 2025 s.30: from 6 April 2026 the maximum protective award is 180 days’ pay (was 90): ' +
    'https://www.business.gov.uk/campaign/employment-changes/employee/protective-awards-for-collective-redundancy',
  status: 'confirmed',
  note:
    'The Government applies 180 days to dismissals on or after 6 April 2026; 90 days before. ' +
    'https://womblebonddickinson.com/uk/insights/articles-and-briefings/collective-redundancies-doubling-protective-award',
  values: { section: 'TULRCA 1992 s.189 as amended by ERA 2025 s.30', maximumDays: 180 },
};

export type ConsultationRules = {
  collectiveConsultation: CollectiveConsultationRule[];
  hr1Notification: Hr1NotificationRule[];
  protectiveAward: ProtectiveAwardRule[];
};

export const STANDARD_CONSULTATION_RULES: ConsultationRules = Object.freeze({
  collectiveConsultation: [COLLECTIVE_CONSULTATION_2013],
  hr1Notification: [HR1_NOTIFICATION_2013, HR1_NOTIFICATION_2025_12],
  protectiveAward: [PROTECTIVE_AWARD_2013, PROTECTIVE_AWARD_ERA_2025],
});

const RULE_LABEL: Record<StatutoryRuleKind, string> = {
  collective_consultation: 'collective consultation',
  hr1_notification: 'HR1 notification',
  protective_award: 'protective award',
};

// The version in force on a date: the latest effectiveFrom on or before it.
export const ruleInForce = <R extends StatutoryRule<unknown>>(rules: readonly R[], date: CivilDate): R => {
  if (!isCivilDate(date)) {
    throw new ReferenceDataError('INVALID_DATE', `A date must be a real calendar date written YYYY-MM-DD; got ${JSON.stringify(date)}.`, { field: 'date' });
  }
  const found = rules
    .filter((r) => r.effectiveFrom <= date)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))
    .pop();
  if (found) return found;
  const label = rules.length > 0 ? RULE_LABEL[rules[0].kind] : 'statutory';
  const earliest = rules.map((r) => r.effectiveFrom).sort()[0];
  throw new ReferenceDataError(
    'NO_TABLE_IN_FORCE',
    earliest ? `No ${label} rule is in force on ${longDate(date)}: the earliest starts on ${longDate(earliest)}.` : `No ${label} rule has been loaded.`,
    { date, kind: rules[0]?.kind ?? null, earliest: earliest ?? null },
  );
};

// The band a number of proposed dismissals falls in, or null below the lowest band.
export const bandFor = (bands: readonly DismissalBand[], employees: number): DismissalBand | null =>
  bands.find((b) => employees >= b.minEmployees && (b.maxEmployees === null || employees <= b.maxEmployees)) ?? null;

import { longDate } from '@orgledger/reference-data';
import type { CivilDate } from '../shared/values';
import { DISCLOSURE_ITEMS, type DisclosureItem, type PlanDateKey, type PlanDates } from './events';
import type { Disclosure } from './state';
import type { StatutoryFigures } from './statutory';

export type WarningCode =
  | 'DATE_MISSING'
  | 'DATES_OUT_OF_ORDER'
  | 'CONSULTATION_NOT_IN_GOOD_TIME'
  | 'MINIMUM_PERIOD_NOT_MET'
  | 'HR1_LATE'
  | 'HR1_AFTER_NOTICE'
  | 'HR1_BEFORE_CONSULTATION_START'
  | 'DISCLOSURE_NOT_GIVEN'
  | 'DISCLOSURE_AFTER_START'
  | 'NOTICE_BEFORE_CONSULTATION_END'
  | 'NOTICE_TOO_SHORT'
  | 'NO_APPROPRIATE_REPRESENTATIVES'
  | 'REPRESENTATIVES_TERM_TOO_SHORT';
// A breach of a rule, with the rule and where a person can check it. Any warning keeps the plan a draft.
export type PlanWarning = { code: WarningCode; message: string; rule: string; source: string; dates: PlanDateKey[] };

export const DATE_LABEL: Record<PlanDateKey, string> = {
  staffBriefing: 'staff briefing',
  consultationStart: 'consultation start',
  consultationClose: 'consultation close',
  responseToFeedback: 'response to feedback',
  finalStructurePublished: 'final structure published',
  selectionStart: 'slotting and selection start',
  selectionEnd: 'slotting and selection end',
  noticesIssued: 'notices issued',
  appealsClose: 'appeals close',
  firstDismissal: 'first dismissal',
  goLive: 'go-live',
  hr1SentOn: 'HR1 sent',
};

export const DISCLOSURE_LABEL: Record<DisclosureItem, string> = {
  reasons: 'the reasons for the proposals',
  numbers_and_descriptions: 'the numbers and descriptions of employees proposed for dismissal',
  totals_by_description: 'the total number of employees of each description at the establishment',
  selection_method: 'the proposed method of selection',
  dismissal_method_and_timetable: 'the proposed method and timetable of dismissals',
  redundancy_pay_method: 'the proposed method of calculating any non-statutory redundancy pay',
  agency_workers: 'the number, location and work of agency workers',
};

const PLAN_SOURCE = 'Council managing-change practice: each step follows the one before it';
const GOOD_TIME_SOURCE =
  'TULRCA 1992 s.188(1A), (2): consultation begins in good time and while proposals are still formative: ' +
  'https://www.blandy.co.uk/about/news-and-insights/insights/part-2-multiple-redundancies-what-does-collective-consultation-involve-who-are-appropriate-representatives-and-whom-must-the-employer-consult';
const DISCLOSURE_SOURCE =
  'TULRCA 1992 s.188(4): https://www.xperthr.co.uk/faq/what-information-must-the-employer-disclose-prior-to-redundancy-consultations/19875/';

// Each step that must not come before another: [earlier, later].
const ORDER: [PlanDateKey, PlanDateKey][] = [
  ['consultationStart', 'consultationClose'],
  ['consultationClose', 'responseToFeedback'],
  ['selectionStart', 'selectionEnd'],
  ['noticesIssued', 'appealsClose'],
  ['noticesIssued', 'firstDismissal'],
];

export const planWarnings = (dates: PlanDates, figures: StatutoryFigures, disclosures: Partial<Record<DisclosureItem, Disclosure>>): PlanWarning[] => {
  const out: PlanWarning[] = [];
  const d = (key: PlanDateKey) => dates[key];
  const on = (date: CivilDate) => longDate(date);
  const { collective, hr1 } = figures;
  const s188 = { rule: collective.section, source: collective.source };
  const s193 = { rule: hr1.section, source: hr1.source };

  const needed: PlanDateKey[] = ['consultationStart', 'consultationClose', 'firstDismissal', ...(hr1.required ? (['hr1SentOn'] as const) : [])];
  for (const key of needed.filter((k) => d(k) === null)) {
    const by = key === 'hr1SentOn' ? s193 : collective.required ? s188 : { rule: 'Individual consultation', source: PLAN_SOURCE };
    out.push({ code: 'DATE_MISSING', message: `Plan the ${DATE_LABEL[key]} date: the statutory checks count from it.`, ...by, dates: [key] });
  }
  for (const [a, b] of ORDER) {
    if (d(a) && d(b) && d(b)! < d(a)!) {
      out.push({
        code: 'DATES_OUT_OF_ORDER',
        message: `The ${DATE_LABEL[b]} (${on(d(b)!)}) comes before the ${DATE_LABEL[a]} (${on(d(a)!)}).`,
        rule: 'Plan order',
        source: PLAN_SOURCE,
        dates: [a, b],
      });
    }
  }
  if (!collective.required) return out;

  const start = d('consultationStart');
  // In good time: consultation opens before anyone is selected, told of the outcome or given notice.
  for (const key of ['finalStructurePublished', 'selectionStart', 'noticesIssued'] as const) {
    const against = key === 'finalStructurePublished' ? d('consultationClose') : start;
    if (against && d(key) && d(key)! < against) {
      const which = key === 'finalStructurePublished' ? 'closes' : 'starts';
      out.push({
        code: 'CONSULTATION_NOT_IN_GOOD_TIME',
        message: `The ${DATE_LABEL[key]} date (${on(d(key)!)}) is before consultation ${which} (${on(against)}): consultation must come while the proposals can still change.`,
        rule: `${collective.section}(1A)`,
        source: GOOD_TIME_SOURCE,
        dates: [key, key === 'finalStructurePublished' ? 'consultationClose' : 'consultationStart'],
      });
    }
  }
  if (figures.earliestFirstDismissal && d('firstDismissal') && d('firstDismissal')! < figures.earliestFirstDismissal) {
    out.push({
      code: 'MINIMUM_PERIOD_NOT_MET',
      message:
        `With ${figures.proposedDismissals} proposed dismissals consultation must start at least ${collective.minimumDays} days before the first dismissal takes effect: ` +
        `from a start on ${on(start!)} the first dismissal can take effect on ${on(figures.earliestFirstDismissal)} at the earliest, not ${on(d('firstDismissal')!)}.`,
      ...s188,
      dates: ['consultationStart', 'firstDismissal'],
    });
  }
  const sent = d('hr1SentOn');
  if (sent && hr1.deadline && sent > hr1.deadline) {
    out.push({
      code: 'HR1_LATE',
      message: `HR1 must reach the Secretary of State at least ${hr1.leadDays} days before the first dismissal, by ${on(hr1.deadline)}; it is planned for ${on(sent)}.`,
      ...s193,
      dates: ['hr1SentOn', 'firstDismissal'],
    });
  }
  if (sent && d('noticesIssued') && sent > d('noticesIssued')!) {
    out.push({
      code: 'HR1_AFTER_NOTICE',
      message: `HR1 must be sent before any notice of dismissal is given: notices go on ${on(d('noticesIssued')!)}, HR1 on ${on(sent)}.`,
      ...s193,
      dates: ['hr1SentOn', 'noticesIssued'],
    });
  }
  if (sent && start && hr1.onlineFormOnly && sent < start) {
    out.push({
      code: 'HR1_BEFORE_CONSULTATION_START',
      message: `The online HR1 form does not accept a consultation start date in the future: send it on or after ${on(start)}, not ${on(sent)}.`,
      ...s193,
      dates: ['hr1SentOn', 'consultationStart'],
    });
  }
  for (const item of DISCLOSURE_ITEMS) {
    const given = disclosures[item];
    const rule = `${collective.section}(4)`;
    if (!given) {
      out.push({
        code: 'DISCLOSURE_NOT_GIVEN',
        message: `Give the appropriate representatives (the recognised unions, else the elected representatives), in writing, ${DISCLOSURE_LABEL[item]}.`,
        rule,
        source: DISCLOSURE_SOURCE,
        dates: [],
      });
    } else if (start && given.givenOn > start) {
      out.push({
        code: 'DISCLOSURE_AFTER_START',
        message: `${DISCLOSURE_LABEL[item][0].toUpperCase()}${DISCLOSURE_LABEL[item].slice(1)} was given on ${on(given.givenOn)}, after consultation started on ${on(start)}: the period does not run until it is given.`,
        rule,
        source: DISCLOSURE_SOURCE,
        dates: ['consultationStart'],
      });
    }
  }
  return out;
};

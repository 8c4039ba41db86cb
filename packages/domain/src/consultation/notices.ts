import { longDate } from '@orgledger/reference-data';
import { addMonths } from '../shared/values/civil-months';
import { daysBetween, type CivilDate } from '../shared/values';

export const STATUTORY_NOTICE_SOURCE =
  'ERA 1996 s.86(1): one week after one month’s continuous employment; one week for each complete year from two years; at most twelve weeks: ' +
  'https://www.legislation.gov.uk/ukpga/1996/18/section/86';
export const JUNK_SOURCE =
  'Junk v Kühnel (CJEU C-188/03, 27 January 2005): notice of dismissal may be given only after collective consultation has been completed: ' +
  'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62003CJ0188';

// Complete calendar months of continuous service on `on`: the monthly anniversary of the start
// completes a month (start 15 January: one month on 15 February).
export const completeMonthsOfService = (serviceStart: CivilDate, on: CivilDate): number => {
  if (on < serviceStart) return 0;
  let months = Math.max(0, (Number(on.slice(0, 4)) - Number(serviceStart.slice(0, 4))) * 12 + Number(on.slice(5, 7)) - Number(serviceStart.slice(5, 7)) - 1);
  while (addMonths(serviceStart, months + 1) <= on) months += 1;
  return months;
};

// ERA 1996 s.86(1), from continuous service on the day notice is given: none under a month, one
// week under two years, then one week per complete year, capped at twelve.
export const statutoryNoticeWeeks = (serviceStart: CivilDate, noticeGivenOn: CivilDate): number => {
  const months = completeMonthsOfService(serviceStart, noticeGivenOn);
  if (months < 1) return 0;
  const years = Math.floor(months / 12);
  return years < 2 ? 1 : Math.min(years, 12);
};

export type NoticeCheck = {
  statutoryWeeks: number;
  contractualWeeks: number | null;
  requiredWeeks: number; // the longer of the two
  plannedDays: number; // from the day notice is given to the day the dismissal takes effect
  short: boolean;
  message: string | null;
};

// Per person: the planned notice (notice day to dismissal day) against s.86 and the contract; the
// contractual notice comes from the council's policy (notice by grade) or the person's contract.
export const checkNotice = (input: {
  serviceStart: CivilDate;
  noticeGivenOn: CivilDate;
  dismissalOn: CivilDate;
  contractualNoticeWeeks: number | null;
}): NoticeCheck => {
  const statutoryWeeks = statutoryNoticeWeeks(input.serviceStart, input.noticeGivenOn);
  const contractualWeeks = input.contractualNoticeWeeks;
  const requiredWeeks = Math.max(statutoryWeeks, contractualWeeks ?? 0);
  const plannedDays = daysBetween(input.noticeGivenOn, input.dismissalOn);
  const short = plannedDays < requiredWeeks * 7;
  const which = contractualWeeks !== null && contractualWeeks > statutoryWeeks ? 'contractual' : 'statutory minimum';
  return {
    statutoryWeeks,
    contractualWeeks,
    requiredWeeks,
    plannedDays,
    short,
    message: short
      ? `Notice given on ${longDate(input.noticeGivenOn)} for a dismissal on ${longDate(input.dismissalOn)} is ${plannedDays} days; ` +
        `the ${which} notice is ${requiredWeeks} week${requiredWeeks === 1 ? '' : 's'} (statutory ${statutoryWeeks}` +
        `${contractualWeeks === null ? ', contract not recorded' : `, contract ${contractualWeeks}`}).`
      : null,
  };
};

// Junk v Kühnel: a notice may not be given before collective consultation has been completed; notice
// on the closing day, once the last meeting is held, is not before it.
export const noticeBeforeConsultationEnds = (noticesIssued: CivilDate | null, consultationClose: CivilDate | null): boolean =>
  noticesIssued !== null && consultationClose !== null && noticesIssued < consultationClose;

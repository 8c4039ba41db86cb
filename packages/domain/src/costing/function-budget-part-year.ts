import { addDays, daysBetween, requireCivilDate, type CivilDate, type Money } from '../shared/values';
import { costingDatesOf } from './financial-year';
import { divideHalfUp } from './rounding';

// The days of a financial year that a recurring cost runs: from the later of 1 April and the date
// it starts (the function's go-live, a post's expected fill date) to 31 March, both counted.
export type PartYear = { financialYear: string; startsOn: CivilDate; daysInYear: number; daysCosted: number };

export const partYearOf = (financialYear: string, startDates: (CivilDate | null | undefined)[]): PartYear => {
  const { financialYear: year, payDate: first } = costingDatesOf(financialYear);
  const last = `${Number(year.slice(0, 4)) + 1}-03-31`;
  const daysInYear = daysBetween(first, last) + 1; // 366 when the year holds 29 February
  const starts = startDates.filter((d): d is CivilDate => d != null).map((d) => requireCivilDate('startsOn', d));
  const startsOn = [first, ...starts].sort().at(-1)!;
  const daysCosted = startsOn > last ? 0 : daysBetween(startsOn, last) + 1;
  return { financialYear: year, startsOn: startsOn > last ? addDays(last, 1) : startsOn, daysInYear, daysCosted };
};

// A year's amount for the days costed: annual × daysCosted / daysInYear, half up to the penny,
// once per line. A line that runs the whole year keeps its annual amount exactly.
export const partYearPence = (annualPence: Money, part: PartYear): Money =>
  part.daysCosted === part.daysInYear ? annualPence : divideHalfUp(annualPence * part.daysCosted, part.daysInYear);

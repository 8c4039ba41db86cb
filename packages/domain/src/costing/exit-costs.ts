import type { ReferenceTables } from '@orgledger/reference-data';
import { invalid } from './errors';
import { formatPence, requireCivilDate, requirePence, type CivilDate, type Money } from '../shared/values';
import { inForce } from './reference-lookup';
import { divideHalfUp } from './rounding';

export type StatutoryRedundancyInput = {
  age: number; // whole years on the dismissal date
  completeYearsService: number; // continuous service, complete years
  weeklyPayPence: Money; // the actual week's pay, before the statutory cap
  dismissalDate: CivilDate; // the cap in force on this date applies
  tables: ReferenceTables;
};

export type StatutoryRedundancyPay = {
  pence: Money;
  halfWeeks: number; // weeks of pay in halves: 28 is 14 weeks
  yearsCounted: number;
  weeklyPayUsedPence: Money;
  capTableId: string;
  eligible: boolean;
  reason: string;
};

const MIN_WORKING_AGE = 14;
const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;

const weeksText = (halfWeeks: number) => `${Math.floor(halfWeeks / 2)}${halfWeeks % 2 ? '½' : ''} weeks' pay`;

// Statutory redundancy pay. Counting back from the dismissal, the most recent complete years first
// (at most the table's 20), each year is paid at the band of the age the person was throughout it:
// the year just ended was worked at age − 1, the one before at age − 2, and so on. Weeks are kept in
// halves; the sum is halves × capped week's pay ÷ 2, half up to the penny once.
export const statutoryRedundancyPay = (input: StatutoryRedundancyInput): StatutoryRedundancyPay => {
  const { age, completeYearsService } = input;
  if (!isWhole(age, MIN_WORKING_AGE, 120))
    throw invalid('INVALID_AGE', `Age must be a whole number of years from ${MIN_WORKING_AGE} to 120.`, { field: 'age' });
  if (!isWhole(completeYearsService, 0, age - MIN_WORKING_AGE)) {
    throw invalid('INVALID_SERVICE', `Complete years of service must be a whole number from 0 to ${age - MIN_WORKING_AGE} for someone aged ${age}.`, {
      field: 'completeYearsService',
    });
  }
  const weeklyPay = requirePence('weeklyPayPence', input.weeklyPayPence);
  const dismissalDate = requireCivilDate('dismissalDate', input.dismissalDate);
  const table = inForce(input.tables.statutoryRedundancy, dismissalDate);
  const { weeklyCapPence, maxYears, minimumServiceYears, bands } = table.values;
  const weeklyPayUsedPence = Math.min(weeklyPay, weeklyCapPence);
  const result = { weeklyPayUsedPence, capTableId: table.id };

  if (completeYearsService < minimumServiceYears) {
    const reason = `Not eligible: ${completeYearsService} complete years' service, and statutory redundancy pay needs ${minimumServiceYears}.`;
    return { pence: 0, halfWeeks: 0, yearsCounted: 0, ...result, eligible: false, reason };
  }
  const yearsCounted = Math.min(completeYearsService, maxYears);
  let halfWeeks = 0;
  for (let back = 0; back < yearsCounted; back += 1) {
    const ageInYear = age - 1 - back;
    const band = bands.find((b) => ageInYear >= b.fromAge && (b.toAge === null || ageInYear <= b.toAge));
    halfWeeks += band ? band.halfWeeksPerYear : 0;
  }
  const pence = divideHalfUp(halfWeeks * weeklyPayUsedPence, 2);
  const capped = weeklyPay > weeklyCapPence ? `the statutory cap of ${formatPence(weeklyCapPence)} a week` : `the actual ${formatPence(weeklyPay)} a week`;
  const over = completeYearsService > maxYears ? ` (the last ${maxYears} of ${completeYearsService})` : '';
  const reason = `${weeksText(halfWeeks)} for ${yearsCounted} complete years${over} at ${capped}.`;
  return { pence, halfWeeks, yearsCounted, ...result, eligible: true, reason };
};

export type LgpsStrainInput = { age: number; pensionMember: boolean; yearsMembership: number; strainEstimatePence: Money | null };
export type LgpsStrainFlag = { applies: boolean; estimatePence: Money | null; note: string };

// A member aged 55 or over with 2 or more years' membership, dismissed for redundancy or business
// efficiency, takes an unreduced pension at once and the employer pays the fund a strain cost. The
// amount is the fund's estimate, never ours; we only flag it and carry the estimate.
export const lgpsStrainFlag = (input: LgpsStrainInput): LgpsStrainFlag => {
  if (!isWhole(input.age, MIN_WORKING_AGE, 120))
    throw invalid('INVALID_AGE', `Age must be a whole number of years from ${MIN_WORKING_AGE} to 120.`, { field: 'age' });
  if (!isWhole(input.yearsMembership, 0, 120)) {
    throw invalid('INVALID_MEMBERSHIP', 'Years of LGPS membership must be a whole number of complete years.', { field: 'yearsMembership' });
  }
  if (typeof input.pensionMember !== 'boolean') {
    throw invalid('INVALID_MEMBERSHIP', 'Pension member must be true or false.', { field: 'pensionMember' });
  }
  const estimate = input.strainEstimatePence === null ? null : requirePence('strainEstimatePence', input.strainEstimatePence);
  const why = !input.pensionMember
    ? 'not an LGPS member'
    : input.age < 55
      ? `aged ${input.age}, under 55`
      : input.yearsMembership < 2
        ? `${input.yearsMembership} complete years' membership, under 2`
        : null;
  if (why) return { applies: false, estimatePence: null, note: `No LGPS strain cost: ${why}.` };
  return {
    applies: true,
    estimatePence: estimate,
    note:
      estimate === null
        ? 'LGPS strain cost applies (55 or over, 2+ years’ membership): ask the pension fund for its estimate.'
        : `LGPS strain cost applies (55 or over, 2+ years’ membership): ${formatPence(estimate)}, the fund’s estimate.`,
  };
};

import { employerNiReliefOf, type EmployerNiRelief, type ReferenceTables } from '@orgledger/reference-data';
import { invalid } from './errors';
import { formatFte, formatPence, requireFte, requirePence, type CivilDate, type Fte, type Money } from '../shared/values';
import { requireAllowances, requireHolder, type PostAllowance, type PostHolderFacts } from './post-facts';
import { costingDatesOf } from './financial-year';
import { lgpsRateOn, validateLgpsRate, type LgpsEmployerRate } from './lgps-rate';
import { inForce, payAt } from './reference-lookup';
import { basisPointsOfPence, fteShareOfPence } from './rounding';
import { chooseScp, type GradeScpRange, type ScpPolicy } from './scp-policy';

export type FullCostInput = {
  grade: GradeScpRange | null;
  scp: number | null; // the postholder's actual point, for policy 'actual'
  policy: ScpPolicy;
  fte: Fte;
  // A year's allowances for the post, not pro-rated here: typed ones (`allowances`), each pensionable
  // or not by LGPS reg. 20; `allowancesPence` is an amount of no recorded type, charged no LGPS.
  allowancesPence: Money;
  allowances?: PostAllowance[];
  holder?: PostHolderFacts; // apprenticeship and age band, for the employer NI reliefs
  financialYear: string; // '2026/27'
  authorityLgps: LgpsEmployerRate[];
  tables: ReferenceTables;
};

export type FullCostBasis = {
  financialYear: string;
  policy: ScpPolicy;
  scpUsed: number;
  annualPayPence: Money; // full-time pay at scpUsed
  payTableId: string;
  niTableId: string;
  levyTableId: string;
  lgpsRate: LgpsEmployerRate;
  date: CivilDate; // 1 April: pay and LGPS
  taxYearDate: CivilDate; // 6 April: employer NI and levy
  unconfirmedTableIds: string[]; // tables used that are still to be confirmed
  niRelief: EmployerNiRelief | null; // a 0% band up to the relief's threshold, in place of the secondary threshold
  notes: string[]; // what the figures assume where a fact is missing
};

export type FullCost = {
  salaryPence: Money;
  niPence: Money;
  lgpsPence: Money;
  levyPence: Money;
  allowancesPence: Money; // every allowance, typed or not
  pensionableAllowancesPence: Money; // the part LGPS applies to
  totalPence: Money;
  basis: FullCostBasis;
};

export const MAX_COSTED_POST_FTE: Fte = 50_000; // as for design posts

// Full-time people first, then one part-timer for any remainder: a 2.500 FTE post is two people
// at full pay and one at half. The employer NI threshold applies to each person's own earnings.
const earningsPerPerson = (annualPence: Money, fte: Fte, allowancesPence: Money): Money[] => {
  const people = Array.from({ length: Math.floor(fte / 1000) }, () => annualPence);
  if (fte % 1000 > 0) people.push(fteShareOfPence(annualPence, fte % 1000));
  people[0] += allowancesPence; // allowances go with the first (full-time where there is one) person
  return people;
};

// Where a fact the law turns on is missing, the cost takes the dearer reading and says so.
const notesOf = (holder: PostHolderFacts, relief: EmployerNiRelief | null, untypedPence: Money): string[] => [
  ...(holder.apprenticeship && holder.ageBand === null
    ? [
        "Apprenticeship with the holder's age band unknown: employer NI charged at the full rate; under 25, no employer NI is due up to the apprentice upper secondary threshold.",
      ]
    : []),
  ...(holder.apprenticeship && holder.ageBand !== null && relief === null && holder.ageBand !== 'aged_25_or_over'
    ? ['The employer NI table in force records no apprentice upper secondary threshold, so no relief was applied.']
    : []),
  ...(untypedPence > 0 ? [`${formatPence(untypedPence)} of allowances has no recorded type, so no LGPS employer contribution is charged on it.`] : []),
];

// The full annual cost of a post as councils budget it, for the financial year's rates:
//  salary    = pay at the policy's SCP × FTE                       (half up to the penny)
//  employer NI = NI rate × Σ per person max(0, earnings − threshold), where earnings are pay +
//               allowances; the threshold is the person's whole-year secondary threshold, not
//               pro-rated, because it applies to what the person actually earns; for an apprentice
//               under 25 (or anyone under 21) it is the upper secondary threshold, the 0% band's
//               top, so NI falls on the excess only                              (half up, once)
//  LGPS      = LGPS employer rate × (salary + pensionable allowances), reg. 20    (half up, once)
//  levy      = 0.5% × (salary + allowances), the NI-able pay; the £15,000 allowance is per
//               employer and long used up by a council's pay bill, so a post bears the full rate
//  total     = salary + NI + LGPS + levy + allowances, an exact integer sum.
// On-costs are computed from the salary already rounded to the penny, as payroll pays it.
export const fullCost = (input: FullCostInput): FullCost => {
  const dates = costingDatesOf(input.financialYear);
  const fte = requireFte('fte', input.fte, { max: MAX_COSTED_POST_FTE });
  if (fte === 0) throw invalid('INVALID_FTE', `FTE must be more than 0 to cost a post; got ${formatFte(fte)} FTE.`, { field: 'fte' });
  const untypedPence = requirePence('allowancesPence', input.allowancesPence);
  const allowances = requireAllowances(input.allowances ?? []);
  const holder = requireHolder(input.holder ?? { apprenticeship: false, ageBand: null });
  const pensionableAllowancesPence = allowances.filter((a) => a.pensionable).reduce((sum, a) => sum + a.pencePerYear, 0);
  const allowancesPence = untypedPence + allowances.reduce((sum, a) => sum + a.pencePerYear, 0);
  const scpUsed = chooseScp(input, input.tables, dates.payDate);
  const pay = payAt(input.tables, scpUsed, dates.payDate);
  const ni = inForce(input.tables.employerNi, dates.taxYearDate);
  const levy = inForce(input.tables.apprenticeshipLevy, dates.taxYearDate);
  const lgps = lgpsRateOn((input.authorityLgps ?? []).map(validateLgpsRate), dates.payDate);
  if (!lgps) {
    throw invalid('LGPS_RATE_MISSING', `No LGPS employer rate is recorded for this council from ${dates.payDate} or earlier; add the fund's rate first.`, {
      date: dates.payDate,
    });
  }

  const salaryPence = fteShareOfPence(pay.pence, fte);
  const { rateBp: niRateBp, secondaryThresholdPenceYear } = ni.values;
  const niRelief = employerNiReliefOf(holder, ni.values);
  const threshold = niRelief?.thresholdPenceYear ?? secondaryThresholdPenceYear;
  const niablePence = earningsPerPerson(pay.pence, fte, allowancesPence).reduce((sum, e) => sum + Math.max(0, e - threshold), 0);
  const niPence = basisPointsOfPence(niablePence, niRateBp);
  const lgpsPence = basisPointsOfPence(salaryPence + pensionableAllowancesPence, lgps.rateBp);
  const levyPence = basisPointsOfPence(salaryPence + allowancesPence, levy.values.rateBp);
  const unconfirmed = [{ id: pay.tableId, status: pay.status }, ni, levy].filter((t) => t.status === 'to_be_confirmed');

  return {
    salaryPence,
    niPence,
    lgpsPence,
    levyPence,
    allowancesPence,
    pensionableAllowancesPence,
    totalPence: salaryPence + niPence + lgpsPence + levyPence + allowancesPence,
    basis: {
      financialYear: dates.financialYear,
      policy: input.policy,
      scpUsed,
      annualPayPence: pay.pence,
      payTableId: pay.tableId,
      niTableId: ni.id,
      levyTableId: levy.id,
      lgpsRate: lgps,
      date: dates.payDate,
      taxYearDate: dates.taxYearDate,
      unconfirmedTableIds: unconfirmed.map((t) => t.id),
      niRelief,
      notes: notesOf(holder, niRelief, untypedPence),
    },
  };
};

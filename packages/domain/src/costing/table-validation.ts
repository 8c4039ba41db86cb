import type { AnyRateTable, EmployerNiValues, PayPointValues, RateTableKind, RedundancyBand, StatutoryRedundancyValues } from '@orgledger/reference-data';
import { invalid } from './errors';
import { compareCivilDates, formatPence, requireCivilDate, requireText } from '../shared/values';
import { MAX_REFERENCE_SOURCE } from './lgps-rate';

export const MAX_TABLE_NOTE = 1_000;
export const MAX_TABLE_PENCE = 100_000_000; // £1,000,000 a year or a week: far above any real figure
const TABLE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_SCP = 99;

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;

const bad = (message: string, field: string) => invalid('INVALID_TABLE_VALUES', message, { field });

const whole = (values: Raw, field: string, min: number, max: number, unit: string): number => {
  if (isWhole(values[field], min, max)) return values[field] as number;
  throw bad(`${field} must be a whole number of ${unit} from ${min} to ${max}; got ${String(values[field])}.`, field);
};

// Pay points: whole pence, positive, and rising with every SCP; deleted points name the day they went.
const payPoints = (values: Raw, effectiveFrom: string): PayPointValues => {
  if (!isObject(values.points) || Object.keys(values.points).length === 0)
    throw bad('A pay table needs at least one SCP with its annual pay in pence.', 'points');
  const entries = Object.entries(values.points).map(([key, pence]) => {
    const scp = Number(key);
    if (!/^\d{1,2}$/.test(key) || !isWhole(scp, 1, MAX_SCP)) throw bad(`SCPs are whole numbers from 1 to ${MAX_SCP}; got "${key}".`, 'points');
    if (!isWhole(pence, 1, MAX_TABLE_PENCE))
      throw bad(`SCP ${scp} must have a positive whole number of pence a year, at most ${MAX_TABLE_PENCE}; got ${String(pence)}.`, 'points');
    return [scp, pence] as [number, number];
  });
  entries.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < entries.length; i += 1) {
    if (entries[i][1] <= entries[i - 1][1]) {
      throw invalid(
        'PAY_POINTS_NOT_ASCENDING',
        `Pay must rise with every SCP: SCP ${entries[i][0]} (${formatPence(entries[i][1])}) is not above SCP ${entries[i - 1][0]} (${formatPence(entries[i - 1][1])}).`,
        { field: 'points', scp: entries[i][0] },
      );
    }
  }
  const result: PayPointValues = { points: Object.fromEntries(entries) };
  if (values.deletedPoints !== undefined) {
    if (!Array.isArray(values.deletedPoints) || values.deletedPoints.length > MAX_SCP)
      throw bad('Deleted points must be a list of { scp, from }.', 'deletedPoints');
    result.deletedPoints = values.deletedPoints.map((d: unknown) => {
      const item = isObject(d) ? d : {};
      if (!isWhole(item.scp, 1, MAX_SCP) || Object.prototype.hasOwnProperty.call(result.points, item.scp as number)) {
        throw bad(`A deleted point must be an SCP from 1 to ${MAX_SCP} that is not on the table; got ${String(item.scp)}.`, 'deletedPoints');
      }
      const from = requireCivilDate('from', item.from);
      if (compareCivilDates(from, effectiveFrom) > 0)
        throw bad(`SCP ${item.scp} cannot be deleted after the table starts (${effectiveFrom}); got ${from}.`, 'deletedPoints');
      return { scp: item.scp, from };
    });
    if (new Set(result.deletedPoints.map((d) => d.scp)).size !== result.deletedPoints.length) throw bad('Each deleted point is listed once.', 'deletedPoints');
  }
  return result;
};

// Age bands from 0 with no gap or overlap, the last open-ended; weeks per year in halves (1, 2 or 3).
const redundancy = (values: Raw): StatutoryRedundancyValues => {
  const bands = Array.isArray(values.bands) ? values.bands : [];
  if (bands.length === 0 || bands.length > 10) throw bad('Statutory redundancy needs 1 to 10 age bands.', 'bands');
  const clean: RedundancyBand[] = bands.map((raw: unknown, i: number) => {
    const b = isObject(raw) ? raw : {};
    const last = i === bands.length - 1;
    if (!isWhole(b.fromAge, 0, 120) || (last ? b.toAge !== null : !isWhole(b.toAge, b.fromAge, 120))) {
      throw bad('Each age band runs from a whole age to a later one; the last has no upper age (toAge null).', 'bands');
    }
    if (b.halfWeeksPerYear !== 1 && b.halfWeeksPerYear !== 2 && b.halfWeeksPerYear !== 3) throw bad('Weeks per year are in halves: 1, 2 or 3.', 'bands');
    return { fromAge: b.fromAge as number, toAge: b.toAge as number | null, halfWeeksPerYear: b.halfWeeksPerYear };
  });
  const joined = clean.every((band, i) => (i === 0 ? band.fromAge === 0 : band.fromAge === (clean[i - 1].toAge as number) + 1));
  if (!joined) throw bad('Age bands start at 0 and each begins the year after the one before ends, with no gap or overlap.', 'bands');
  return {
    weeklyCapPence: whole(values, 'weeklyCapPence', 1, MAX_TABLE_PENCE, 'pence'),
    maxYears: whole(values, 'maxYears', 1, 50, 'years'),
    minimumServiceYears: whole(values, 'minimumServiceYears', 0, 10, 'years'),
    bands: clean,
  };
};

// The upper secondary thresholds are optional (without them no relief applies) and sit at or above
// the secondary threshold, where the 0% band ends.
const employerNi = (values: Raw): EmployerNiValues => {
  const secondaryThresholdPenceYear = whole(values, 'secondaryThresholdPenceYear', 0, MAX_TABLE_PENCE, 'pence');
  const upper = (field: 'upperSecondaryThresholdPenceYear' | 'apprenticeUpperSecondaryThresholdPenceYear') =>
    values[field] === undefined || values[field] === null ? {} : { [field]: whole(values, field, secondaryThresholdPenceYear, MAX_TABLE_PENCE, 'pence') };
  return {
    rateBp: whole(values, 'rateBp', 0, 10_000, 'basis points'),
    secondaryThresholdPenceYear,
    ...upper('upperSecondaryThresholdPenceYear'),
    ...upper('apprenticeUpperSecondaryThresholdPenceYear'),
  };
};

const valuesOf = (kind: RateTableKind, values: Raw, effectiveFrom: string) => {
  switch (kind) {
    case 'njc_pay_spine':
    case 'local_pay_points':
      return payPoints(values, effectiveFrom);
    case 'employer_ni':
      return employerNi(values);
    case 'apprenticeship_levy':
      return {
        rateBp: whole(values, 'rateBp', 0, 10_000, 'basis points'),
        allowancePenceYear: whole(values, 'allowancePenceYear', 0, MAX_TABLE_PENCE, 'pence'),
      };
    case 'statutory_redundancy':
      return redundancy(values);
  }
};

// A table as a tenant admin enters it, checked and returned with only the known fields, texts trimmed.
export const validateRateTable = <K extends RateTableKind>(input: unknown, kinds: readonly K[]): Extract<AnyRateTable, { kind: K }> => {
  if (!isObject(input)) throw invalid('INVALID_TABLE', 'A reference table must be an object with an id, kind, dates, source, status and values.', {});
  if (typeof input.id !== 'string' || !TABLE_ID.test(input.id)) {
    throw invalid('INVALID_TABLE_ID', 'A table id is 1 to 80 lower-case letters, digits and dashes, such as njc-spine-2026-27.', { field: 'id' });
  }
  if (!kinds.includes(input.kind as K)) {
    throw invalid('INVALID_TABLE_KIND', `This table must be of kind ${kinds.join(' or ')}; got ${String(input.kind)}.`, { field: 'kind', kinds });
  }
  const kind = input.kind as K;
  const effectiveFrom = requireCivilDate('effectiveFrom', input.effectiveFrom);
  const effectiveTo = input.effectiveTo === undefined ? undefined : requireCivilDate('effectiveTo', input.effectiveTo);
  if (effectiveTo !== undefined && compareCivilDates(effectiveTo, effectiveFrom) < 0) {
    throw invalid('INVALID_TABLE_DATES', `A table cannot end (${effectiveTo}) before it starts (${effectiveFrom}).`, { field: 'effectiveTo' });
  }
  if (input.status !== 'confirmed' && input.status !== 'to_be_confirmed') {
    throw invalid('INVALID_TABLE_STATUS', `Status must be confirmed or to_be_confirmed; got ${String(input.status)}.`, { field: 'status' });
  }
  if (!isObject(input.values)) throw bad('A table needs its values.', 'values');
  const note = input.note === undefined ? undefined : requireText('note', input.note, { max: MAX_TABLE_NOTE, min: 0 });
  return {
    id: input.id,
    kind,
    effectiveFrom,
    ...(effectiveTo !== undefined ? { effectiveTo } : {}),
    source: requireText('source', input.source, { max: MAX_REFERENCE_SOURCE }),
    status: input.status,
    ...(note ? { note } : {}),
    values: valuesOf(kind, input.values, effectiveFrom),
  } as Extract<AnyRateTable, { kind: K }>;
};

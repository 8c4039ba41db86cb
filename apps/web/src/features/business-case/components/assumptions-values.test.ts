import { describe, expect, it } from 'vitest';
import { horizonYearsOf, parseRateText, readAssumptions, type AssumptionsValues } from './assumptions-values';

const values = (over: Partial<AssumptionsValues> = {}): AssumptionsValues => ({
  firstYear: '2026/27',
  horizonYears: '3',
  vacancy: '3',
  increments: true,
  awards: { '2026/27': '3', '2027/28': '2.5' },
  reason: 'As in the MTFS',
  ...over,
});

describe('rates typed as percentages', () => {
  it.each([
    ['3', 300],
    ['2.5', 250],
    ['2.75', 275],
    ['0', 0],
    ['3 %', 300],
  ])('reads %s as %i basis points', (text, bp) => expect(parseRateText(text)).toEqual({ ok: true, value: bp }));
  it('reads empty as none', () => expect(parseRateText(' ')).toEqual({ ok: true, value: null }));
  it.each(['2.755', '-1', 'three', '100'])('refuses %s', (text) => expect(parseRateText(text).ok).toBe(false));
});

describe('reading the assumptions form', () => {
  it('lists the years of the horizon', () => expect(horizonYearsOf('2026/27', '3')).toEqual(['2026/27', '2027/28', '2028/29']));

  it('turns what was typed into the API’s units, leaving out years with no award assumed and agreed years', () => {
    const read = readAssumptions(values({ awards: { '2025/26': '9', '2026/27': '3', '2027/28': '' } }), ['2025/26']);
    expect(read.fields).toEqual({
      firstYear: '2026/27',
      horizonYears: 3,
      vacancyFactorBp: 300,
      increments: true,
      payAwards: [{ financialYear: '2026/27', rateBp: 300 }],
      reason: 'As in the MTFS',
    });
  });

  it('asks for a reason, a vacancy factor up to 25% and awards up to 20%', () => {
    const read = readAssumptions(values({ reason: ' ', vacancy: '26', awards: { '2027/28': '21' } }), []);
    expect(Object.keys(read.errors ?? {}).sort()).toEqual(['awards', 'reason', 'vacancy']);
    expect(read.errors?.awards).toContain('2027/28');
  });
});

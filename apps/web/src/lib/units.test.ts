import { describe, expect, it } from 'vitest';
import { formatFte, formatFteSummary, formatPence, fteToInput, parseFteText, parseMoneyText, parsePercentText, penceToInput } from './units';

const value = <T>(parsed: { ok: true; value: T } | { ok: false; error: string }) => (parsed.ok ? parsed.value : parsed.error);

describe('parseFteText', () => {
  it.each([
    ['0.6', 600],
    ['1', 1000],
    ['1.0', 1000],
    ['.5', 500],
    ['0.625', 625],
    ['0.001', 1],
    [' 0.8 ', 800],
    ['00.1', 100],
    ['0.1', 100],
    ['0.7', 700],
    ['1.', 1000],
    ['50', 50_000],
    ['37.5', 37_500],
  ])('reads %j as %i thousandths, exactly', (text, thousandths) => {
    expect(parseFteText(text)).toEqual({ ok: true, value: thousandths });
  });

  it('does what floating point would not: 0.1 + 0.2 entered separately add to exactly 300', () => {
    const a = parseFteText('0.1');
    const b = parseFteText('0.2');
    expect(a.ok && b.ok && a.value + b.value).toBe(300);
  });

  it.each([
    ['', 'Enter the FTE, such as 1 or 0.6'],
    ['0', 'FTE must be more than 0'],
    ['0.000', 'FTE must be more than 0'],
    ['-0.5', 'FTE must be more than 0'],
    ['0.6.1', 'FTE must be a number, such as 1 or 0.6'],
    ['1,5', 'FTE must be a number, such as 1 or 0.6'],
    ['.', 'FTE must be a number, such as 1 or 0.6'],
    ['1e3', 'FTE must be a number, such as 1 or 0.6'],
    ['0.6 FTE', 'FTE must be a number, such as 1 or 0.6'],
    ['0.6251', 'FTE can have at most 3 decimal places, such as 0.625'],
    ['50.001', 'FTE must be 50 or less'],
    ['1000', 'FTE must be 50 or less'],
  ])('refuses %j: %s', (text, error) => {
    expect(parseFteText(text)).toEqual({ ok: false, error });
  });
});

describe('parseMoneyText', () => {
  it.each([
    ['41,200.00', 4_120_000],
    ['41200', 4_120_000],
    ['£41,200', 4_120_000],
    ['41200.5', 4_120_050],
    ['0.01', 1],
    ['0', 0],
    ['1,000,000.00', 100_000_000],
    [' £ 36,400.10 ', 3_640_010],
    ['19.99', 1999],
  ])('reads %j as %i pence, exactly', (text, pence) => {
    expect(parseMoneyText(text)).toEqual({ ok: true, value: pence });
  });

  it.each([
    ['', 'Enter the budgeted annual cost, such as 41,200.00'],
    ['-5', 'Budgeted annual cost cannot be negative'],
    ['£-5', 'Budgeted annual cost cannot be negative'],
    ['41,20.00', 'Budgeted annual cost must be an amount in pounds, such as 41,200.00'],
    ['4,1200', 'Budgeted annual cost must be an amount in pounds, such as 41,200.00'],
    ['forty', 'Budgeted annual cost must be an amount in pounds, such as 41,200.00'],
    ['41200.001', 'Budgeted annual cost can have at most 2 decimal places (whole pence)'],
    ['1,000,000.01', 'Budgeted annual cost must be £1,000,000.00 or less'],
    ['99999999999', 'Budgeted annual cost must be £1,000,000.00 or less'],
  ])('refuses %j: %s', (text, error) => {
    expect(value(parseMoneyText(text))).toBe(error);
  });
});

describe('parsePercentText', () => {
  it('reads whole percents and treats an empty cell as 0', () => {
    expect(value(parsePercentText(''))).toBe(0);
    expect(value(parsePercentText(' 35 '))).toBe(35);
    expect(value(parsePercentText('100'))).toBe(100);
  });

  it.each(['101', '-1', '2.5', 'ten', '1000'])('refuses %j', (text) => {
    expect(parsePercentText(text)).toEqual({ ok: false, error: 'Enter a whole number from 0 to 100' });
  });
});

describe('formatting', () => {
  it('shows pence as pounds with thousands separators', () => {
    expect(formatPence(4_120_000)).toBe('£41,200.00');
    expect(formatPence(91_939_800)).toBe('£919,398.00');
    expect(formatPence(5)).toBe('£0.05');
    expect(formatPence(0)).toBe('£0.00');
    expect(penceToInput(4_120_050)).toBe('41,200.50');
  });

  it('shows FTE exactly to three decimals, or to one in summaries', () => {
    expect(formatFte(600)).toBe('0.600');
    expect(formatFte(19_785)).toBe('19.785');
    expect(formatFteSummary(14_285)).toBe('14.3 FTE');
    expect(formatFteSummary(14_250)).toBe('14.3 FTE');
    expect(formatFteSummary(14_249)).toBe('14.2 FTE');
    expect(formatFteSummary(1000)).toBe('1.0 FTE');
    expect(fteToInput(600)).toBe('0.6');
    expect(fteToInput(1000)).toBe('1');
    expect(fteToInput(625)).toBe('0.625');
  });

  it('round-trips what it shows in a form', () => {
    for (const fte of [1, 500, 600, 625, 1000, 37_500]) expect(parseFteText(fteToInput(fte))).toEqual({ ok: true, value: fte });
    for (const pence of [0, 1, 4_120_000, 3_640_010]) expect(parseMoneyText(penceToInput(pence))).toEqual({ ok: true, value: pence });
  });
});

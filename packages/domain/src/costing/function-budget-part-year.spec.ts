import { partYearOf, partYearPence } from './function-budget-part-year';

// The rule: a recurring line costs annual × daysCosted / daysInYear, half up to the penny once,
// where daysCosted runs from the later of 1 April and its start date to 31 March, both counted.
describe('part-year effects', () => {
  it('given a function that goes live on 1 April 2027, when 2026/27 is costed, then it costs nothing that year', () => {
    const part = partYearOf('2026/27', ['2027-04-01']);
    expect(part).toMatchObject({ daysInYear: 365, daysCosted: 0 });
    expect(partYearPence(66_535_867, part)).toBe(0);
  });

  it('given a go-live of 1 April 2027, when 2027/28 is costed, then it is the whole annual cost in a 366-day year', () => {
    const part = partYearOf('2027/28', ['2027-04-01']);
    expect(part).toMatchObject({ daysInYear: 366, daysCosted: 366 });
    expect(partYearPence(66_535_867, part)).toBe(66_535_867);
  });

  it('given a go-live on the last day of the year, then one day is costed; the day before the year, the whole year', () => {
    expect(partYearOf('2026/27', ['2027-03-31']).daysCosted).toBe(1);
    expect(partYearPence(36_500, partYearOf('2026/27', ['2027-03-31']))).toBe(100);
    expect(partYearOf('2026/27', ['2026-03-31']).daysCosted).toBe(365);
    expect(partYearOf('2026/27', ['2026-04-02']).daysCosted).toBe(364);
  });

  it('given no start date at all, then the whole year is costed', () => {
    expect(partYearOf('2026/27', [null, undefined])).toMatchObject({ startsOn: '2026-04-01', daysCosted: 365 });
  });

  it('given a go-live and a later vacancy fill date, then the later one starts the cost', () => {
    // 1 October 2026 to 31 March 2027: 31 + 30 + 31 + 31 + 28 + 31 = 182 days
    expect(partYearOf('2026/27', ['2026-06-01', '2026-10-01'])).toMatchObject({ startsOn: '2026-10-01', daysCosted: 182 });
    expect(partYearPence(3_650_000, partYearOf('2026/27', ['2026-10-01']))).toBe(1_820_000);
  });

  it('rounds half up once: exactly half a penny goes up, under half goes down', () => {
    // 1 October 2027 to 31 March 2028 is 183 of 366 days: exactly half
    const half = partYearOf('2027/28', ['2027-10-01']);
    expect(half.daysCosted).toBe(183);
    expect(partYearPence(1, half)).toBe(1); // 0.5p → 1p
    expect(partYearPence(3, half)).toBe(2); // 1.5p → 2p
    expect(partYearPence(1, partYearOf('2027/28', ['2027-10-02']))).toBe(0); // 182/366 of 1p → 0p
  });

  it('refuses a start date that is not a civil date, with the field named', () => {
    expect(() => partYearOf('2026/27', ['1 April 2027'])).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

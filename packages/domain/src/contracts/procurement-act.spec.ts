import type { ContractFields } from './contract-fields';
import { PROCUREMENT_ACT_RULES, procurementActDuties } from './procurement-act';

type Inputs = Pick<ContractFields, 'wholeLifeValuePence' | 'startDate' | 'endDate' | 'kpisSet' | 'exempt' | 'procurementStartedOn' | 'regime'>;
const over5m: Inputs = {
  wholeLifeValuePence: 500_000_001,
  startDate: '2025-04-01',
  endDate: '2028-03-31',
  kpisSet: 3,
  exempt: null,
  procurementStartedOn: '2025-03-01',
  regime: null,
};

describe('procurementActDuties: when the duties apply', () => {
  it.each<[string, Partial<Inputs>, boolean]>([
    ['exactly £5m is not over the threshold', { wholeLifeValuePence: 500_000_000 }, false],
    ['£5m + 1p is over it', { wholeLifeValuePence: 500_000_001 }, true],
    ['a procurement begun 2025-02-23 stays under PCR 2015', { procurementStartedOn: '2025-02-23' }, false],
    ['a procurement begun 2025-02-24 is under the Act', { procurementStartedOn: '2025-02-24' }, true],
    [
      'a contract starting in 2026 whose procurement began 2025-02-23 stays under PCR 2015',
      { procurementStartedOn: '2025-02-23', startDate: '2026-04-01' },
      false,
    ],
    ['a call-off recorded as PCR 2015 though procured after the Act stays under PCR 2015', { regime: 'pcr_2015' }, false],
    ['a contract recorded as under the Act with no procurement date is under the Act', { procurementStartedOn: null, regime: 'procurement_act_2023' }, true],
    ['a contract with neither date nor regime is not guessed from its start date', { procurementStartedOn: null }, false],
    ['a framework is exempt', { exempt: 'framework' }, false],
    ['a concession is exempt', { exempt: 'concession' }, false],
    ['a light-touch contract is exempt', { exempt: 'light_touch' }, false],
    ['a contract not measurable by KPIs is exempt', { exempt: 'not_measurable' }, false],
  ])('%s', (_, inputs, applies) => {
    expect(procurementActDuties({ ...over5m, ...inputs }, '2025-06-01').applies).toBe(applies);
  });

  it('explains why not, naming the previous regulations and the transitional provisions, and records the rule version used', () => {
    const duties = procurementActDuties({ ...over5m, procurementStartedOn: '2025-02-23' }, '2025-06-01');
    expect(duties.reason).toContain('The procurement began on 2025-02-23, before 2025-02-24, so it is under the Public Contracts Regulations 2015');
    expect(duties.reason).toContain('SI 2024/716');
    expect(duties).toMatchObject({
      regime: 'pcr_2015',
      kpis: { required: false, minimum: 0, set: 3, met: true },
      performanceNotices: [],
      ruleVersion: '2025-02-24',
    });
    expect(procurementActDuties({ ...over5m, wholeLifeValuePence: 500_000_000 }, '2025-06-01').reason).toContain(
      'Whole-life value £5,000,000.00 is not over £5,000,000.00',
    );
    expect(procurementActDuties({ ...over5m, exempt: 'framework' }, '2025-06-01').reason).toContain('a framework, which is exempt');
    expect(procurementActDuties({ ...over5m, procurementStartedOn: null }, '2025-06-01')).toMatchObject({
      applies: false,
      regime: 'not_recorded',
      reason: expect.stringContaining('Regime not recorded'),
    });
  });

  it.each<[number, boolean]>([
    [2, false],
    [3, true],
    [5, true],
  ])('with %p KPIs set, the minimum of three is met: %p', (kpisSet, met) => {
    expect(procurementActDuties({ ...over5m, kpisSet }, '2025-06-01').kpis).toEqual({ required: true, minimum: 3, set: kpisSet, met });
  });

  it('reads the rule data rather than a bare constant, with its source', () => {
    expect(PROCUREMENT_ACT_RULES[0]).toMatchObject({ effectiveFrom: '2025-02-24', kpiThresholdPence: 500_000_000, minimumKpis: 3 });
    expect(PROCUREMENT_ACT_RULES[0].source).toContain('s.52');
    const later = [...PROCUREMENT_ACT_RULES, { ...PROCUREMENT_ACT_RULES[0], effectiveFrom: '2026-01-01', kpiThresholdPence: 1_000_000_000 }];
    expect(procurementActDuties(over5m, '2025-06-01', later).applies).toBe(true); // procured before the later threshold
    expect(procurementActDuties({ ...over5m, procurementStartedOn: '2026-01-01', startDate: '2026-01-01' }, '2026-06-01', later)).toMatchObject({
      applies: false,
      ruleVersion: '2026-01-01',
    });
  });
});

describe('procurementActDuties: contract performance notices', () => {
  const notices = (inputs: Partial<Inputs>, today = '2025-06-01') =>
    procurementActDuties({ ...over5m, ...inputs }, today).performanceNotices.map((n) => `${n.dueDate} ${n.kind}${n.overdue ? ' overdue' : ''}`);

  it.each<[string, Partial<Inputs>, string, string[]]>([
    [
      'every 12 months and at the end',
      { startDate: '2025-04-01', endDate: '2028-03-31' },
      '2025-06-01',
      ['2026-04-01 annual', '2027-04-01 annual', '2028-03-31 end'],
    ],
    [
      'a 31 March start stays on the 31st',
      { startDate: '2025-03-31', endDate: '2027-06-30' },
      '2025-06-01',
      ['2026-03-31 annual', '2027-03-31 annual', '2027-06-30 end'],
    ],
    [
      'an anniversary on the end date is the end notice only',
      { startDate: '2025-04-01', endDate: '2027-04-01' },
      '2025-06-01',
      ['2026-04-01 annual', '2027-04-01 end'],
    ],
    ['a contract shorter than a year has only the end notice', { startDate: '2025-04-01', endDate: '2026-03-31' }, '2025-06-01', ['2026-03-31 end']],
    [
      'a notice is overdue only after its due date',
      { startDate: '2025-04-01', endDate: '2028-03-31' },
      '2026-04-02',
      ['2026-04-01 annual overdue', '2027-04-01 annual', '2028-03-31 end'],
    ],
    [
      'on the due date it is not yet overdue',
      { startDate: '2025-04-01', endDate: '2028-03-31' },
      '2026-04-01',
      ['2026-04-01 annual', '2027-04-01 annual', '2028-03-31 end'],
    ],
    [
      'after the end every notice is overdue',
      { startDate: '2025-04-01', endDate: '2026-06-30' },
      '2026-07-01',
      ['2026-04-01 annual overdue', '2026-06-30 end overdue'],
    ],
    ['a 29 February start falls due on 28 February', { startDate: '2028-02-29', endDate: '2030-01-31' }, '2028-03-01', ['2029-02-28 annual', '2030-01-31 end']],
  ])('%s', (_, inputs, today, expected) => {
    expect(notices(inputs, today)).toEqual(expected);
  });

  it('counts each anniversary from the start date: a 31 January start stays on the 31st', () => {
    // 31 Jan + 12 months = 31 Jan; counting month by month would have drifted to the 28th.
    expect(notices({ startDate: '2026-01-31', endDate: '2028-02-29' })).toEqual(['2027-01-31 annual', '2028-01-31 annual', '2028-02-29 end']);
  });

  it('lists no notices when the duties do not apply', () => {
    expect(notices({ exempt: 'concession' })).toEqual([]);
  });

  it('refuses missing or looping rule data: INVALID_PROCUREMENT_RULES', () => {
    expect(() => procurementActDuties(over5m, '2025-06-01', [])).toThrow('rule data is missing');
    expect(() => procurementActDuties(over5m, '2025-06-01', [{ ...PROCUREMENT_ACT_RULES[0], performanceNoticeIntervalMonths: 0 }])).toThrow(
      'notice interval below one month',
    );
  });

  it('rejects a malformed today', () => {
    expect(() => procurementActDuties(over5m, '01/06/2025')).toThrow('Today must be a real calendar date');
  });
});

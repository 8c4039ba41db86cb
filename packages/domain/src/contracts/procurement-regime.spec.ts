import { DomainError } from '../shared/errors';
import { contractRegimeOf, PROCUREMENT_REGIME_RULE, regimeFieldRules, requireRegimeConsistent } from './procurement-regime';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return null;
};

// given what a contract records of its procurement, when its regime is read, then…
describe('the regime a contract was procured under', () => {
  it.each([
    ['2025-02-23', 'pcr_2015'],
    ['2025-02-24', 'procurement_act_2023'],
  ] as const)('a procurement begun on %s is under %s', (procurementStartedOn, regime) => {
    expect(contractRegimeOf({ procurementStartedOn, regime: null }).regime).toBe(regime);
  });

  it('a recorded regime wins over the date: a PCR 2015 framework call-off procured after the Act stays under PCR 2015', () => {
    expect(contractRegimeOf({ procurementStartedOn: '2025-06-01', regime: 'pcr_2015' })).toEqual({
      regime: 'pcr_2015',
      reason: 'Recorded as procured under the Public Contracts Regulations 2015.',
    });
  });

  it('with neither a date nor a regime, says "regime not recorded" rather than guessing', () => {
    expect(contractRegimeOf({ procurementStartedOn: null, regime: null })).toMatchObject({
      regime: 'not_recorded',
      reason: expect.stringMatching(/^Regime not recorded/),
    });
  });

  it('cites the transitional provisions as data', () => {
    expect(PROCUREMENT_REGIME_RULE).toMatchObject({ actAppliesFrom: '2025-02-24', source: expect.stringContaining('SI 2024/716') });
    expect(contractRegimeOf({ procurementStartedOn: '2025-02-24', regime: null }).reason).toContain(PROCUREMENT_REGIME_RULE.source);
  });
});

describe('recording the procurement', () => {
  it('refuses a procurement that starts after its contract, and the Act for a procurement begun before 24 February 2025', () => {
    expect(codeOf(() => requireRegimeConsistent({ procurementStartedOn: '2025-04-02', regime: null, startDate: '2025-04-01' }))).toBe(
      'PROCUREMENT_STARTS_AFTER_CONTRACT',
    );
    expect(codeOf(() => requireRegimeConsistent({ procurementStartedOn: '2025-04-01', regime: null, startDate: '2025-04-01' }))).toBeNull();
    expect(codeOf(() => requireRegimeConsistent({ procurementStartedOn: '2025-02-23', regime: 'procurement_act_2023', startDate: '2025-04-01' }))).toBe(
      'REGIME_CONTRADICTS_PROCUREMENT_DATE',
    );
    expect(codeOf(() => requireRegimeConsistent({ procurementStartedOn: '2025-02-24', regime: 'procurement_act_2023', startDate: '2025-04-01' }))).toBeNull();
  });

  it('reads an empty date as none and refuses an unknown regime', () => {
    expect(regimeFieldRules.procurementStartedOn('')).toBeNull();
    expect(codeOf(() => regimeFieldRules.regime('eu_directive'))).toBe('INVALID_PROCUREMENT_REGIME');
    expect(codeOf(() => regimeFieldRules.procurementStartedOn('2025-02-30'))).toBe('INVALID_DATE');
  });
});

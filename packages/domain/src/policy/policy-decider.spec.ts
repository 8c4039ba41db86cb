import { deciderSpec } from '../testing';
import { policyDecider } from './policy-decider';
import { NATIONAL_DEFAULT_POLICY } from './policy-pack';
import { councilPack, packWith, record, recorded } from './spec-fixtures';

const spec = deciderSpec(policyDecider);

describe('when the council has recorded no policy pack', () => {
  it('records version 1, in force from its date, with the reason', () => {
    spec
      .given([])
      .when(record('2026-04-01'))
      .then([recorded(1, '2026-04-01')]);
  });

  it('needs a reason: TEXT_REQUIRED', () => {
    spec
      .given([])
      .when(record('2026-04-01', councilPack, { reason: '  ' }))
      .thenThrows('TEXT_REQUIRED');
  });

  it('needs a real effective date', () => {
    spec.given([]).when(record('2026-02-30')).thenThrows('INVALID_DATE');
  });
});

describe('when version 1 is recorded', () => {
  const history = [recorded(1, '2026-04-01')];

  it('records a change from a later date as version 2, keeping version 1', () => {
    const changed = packWith({ slotInMinimumJobMatchPercent: 75 });
    spec
      .given(history)
      .when(record('2027-04-01', changed))
      .then([recorded(2, '2027-04-01', changed)]);
  });

  it('records nothing when the same pack is recorded again from the same date', () => {
    spec.given(history).when(record('2026-04-01')).then([]);
  });

  it('records a correction from the same date as a new version', () => {
    const corrected = packWith({ trialMaximumWeeks: 8 });
    spec
      .given(history)
      .when(record('2026-04-01', corrected))
      .then([recorded(2, '2026-04-01', corrected)]);
  });
});

describe('the slot-in threshold is a whole percent from 1 to 100', () => {
  it.each([1, 66, 70, 100])('accepts %i', (threshold) => {
    const pack = packWith({ slotInMinimumJobMatchPercent: threshold });
    spec
      .given([])
      .when(record('2026-04-01', pack))
      .then([recorded(1, '2026-04-01', pack)]);
  });

  it.each([0, 101, 69.5])('refuses %s with the field named', (threshold) => {
    const error = spec
      .given([])
      .when(record('2026-04-01', packWith({ slotInMinimumJobMatchPercent: threshold })))
      .thenThrows('INVALID_POLICY_VALUE', 'BAD_USER_INPUT');
    expect(error.message).toBe(`Slot in minimum job match percent must be a whole number from 1 to 100; got ${threshold}.`);
    expect(error.details).toMatchObject({ field: 'slotInMinimumJobMatchPercent' });
  });
});

describe('discretionary compensation is at most 104 weeks’ pay (SI 2006/2914 reg. 6)', () => {
  it('accepts 104 weeks', () => {
    const pack = packWith({ discretionaryCompensation: { maximumWeeks: 104 } });
    spec
      .given([])
      .when(record('2026-04-01', pack))
      .then([recorded(1, '2026-04-01', pack)]);
  });

  it('refuses 105 weeks, citing the regulation', () => {
    const error = spec
      .given([])
      .when(record('2026-04-01', packWith({ discretionaryCompensation: { maximumWeeks: 105 } })))
      .thenThrows('COMPENSATION_OVER_104_WEEKS', 'BAD_USER_INPUT');
    expect(error.message).toContain('SI 2006/2914 reg. 6');
  });

  it('refuses a multiplier below the statutory weeks (100%) or over 400%, and a missing actual-pay choice', () => {
    spec
      .given([])
      .when(record('2026-04-01', packWith({ discretionaryCompensation: { multiplierPercent: 99 } })))
      .thenThrows('INVALID_POLICY_VALUE');
    spec
      .given([])
      .when(record('2026-04-01', packWith({ discretionaryCompensation: { multiplierPercent: 401 } })))
      .thenThrows('INVALID_POLICY_VALUE');
    spec
      .given([])
      .when(record('2026-04-01', packWith({ discretionaryCompensation: { actualWeeksPay: 'yes' as never } })))
      .thenThrows('INVALID_POLICY_VALUE');
  });
});

describe('the trial period cannot be shorter than the statutory four weeks', () => {
  it('accepts 4 weeks and no maximum (null)', () => {
    for (const trialMaximumWeeks of [4, null]) {
      const pack = packWith({ trialMaximumWeeks });
      spec
        .given([])
        .when(record('2026-04-01', pack))
        .then([recorded(1, '2026-04-01', pack)]);
    }
  });

  it('refuses 3 weeks, citing ERA 1996 s.138, and more than 52', () => {
    const error = spec
      .given([])
      .when(record('2026-04-01', packWith({ trialMaximumWeeks: 3 })))
      .thenThrows('TRIAL_BELOW_STATUTORY');
    expect(error.message).toContain('s.138');
    spec
      .given([])
      .when(record('2026-04-01', packWith({ trialMaximumWeeks: 53 })))
      .thenThrows('INVALID_POLICY_VALUE');
  });
});

describe('pay protection', () => {
  it('accepts full protection for up to 60 months and refuses 61 or none', () => {
    const pack = packWith({ payProtection: { taper: 'full', months: 60, steps: [] } });
    spec
      .given([])
      .when(record('2026-04-01', pack))
      .then([recorded(1, '2026-04-01', pack)]);
    for (const months of [61, 0]) {
      spec
        .given([])
        .when(record('2026-04-01', packWith({ payProtection: { taper: 'full', months, steps: [] } })))
        .thenThrows('INVALID_POLICY_VALUE');
    }
  });

  it('takes a stepped taper’s length from its steps', () => {
    const pack = packWith({ payProtection: { taper: 'stepped', months: 999, steps: councilPack.payProtection.steps } });
    spec
      .given([])
      .when(record('2026-04-01', pack))
      .then([recorded(1, '2026-04-01', councilPack)]);
  });

  it('refuses a taper that rises, a stepped taper with one step, and steps on a full or frozen taper', () => {
    const rising = [
      { months: 12, percentOfDifference: 50 },
      { months: 12, percentOfDifference: 100 },
    ];
    for (const payProtection of [
      { taper: 'stepped' as const, months: 24, steps: rising },
      { taper: 'stepped' as const, months: 12, steps: [{ months: 12, percentOfDifference: 100 }] },
      { taper: 'frozen' as const, months: 24, steps: rising },
    ]) {
      spec
        .given([])
        .when(record('2026-04-01', packWith({ payProtection })))
        .thenThrows('INVALID_PROTECTION_TAPER');
    }
    spec
      .given([])
      .when(record('2026-04-01', packWith({ payProtection: { taper: 'tapered' as never } })))
      .thenThrows('INVALID_POLICY_VALUE');
  });
});

describe('notice periods by grade', () => {
  it('refuses overlapping bands', () => {
    const byGrade = [
      { fromGrade: 7, toGrade: 10, weeks: 8 },
      { fromGrade: 10, toGrade: null, weeks: 12 },
    ];
    spec
      .given([])
      .when(record('2026-04-01', packWith({ notice: { byGrade } })))
      .thenThrows('NOTICE_BANDS_OVERLAP');
  });

  it('refuses a band ending below its start and notice over 26 weeks', () => {
    spec
      .given([])
      .when(record('2026-04-01', packWith({ notice: { byGrade: [{ fromGrade: 7, toGrade: 6, weeks: 8 }] } })))
      .thenThrows('INVALID_POLICY_VALUE');
    spec
      .given([])
      .when(record('2026-04-01', packWith({ notice: { defaultWeeks: 27 } })))
      .thenThrows('INVALID_POLICY_VALUE');
  });
});

it('the national default is itself a valid pack', () => {
  spec
    .given([])
    .when(record('2026-04-01', NATIONAL_DEFAULT_POLICY))
    .then([recorded(1, '2026-04-01', NATIONAL_DEFAULT_POLICY)]);
});

import { fold } from '../shared/decider';
import { contractualNoticeWeeks, gradeNumberOf, policyInForce } from './in-force';
import { policyDecider } from './policy-decider';
import { NATIONAL_DEFAULT_POLICY } from './policy-pack';
import { councilPack, packWith, recorded } from './spec-fixtures';

const stateOf = (events: ReturnType<typeof recorded>[]) => fold(policyDecider, events);

describe('policyInForce', () => {
  it('gives the national default, labelled as such, when the council has recorded none', () => {
    const inForce = policyInForce(stateOf([]), '2026-06-01');
    expect(inForce).toMatchObject({ pack: NATIONAL_DEFAULT_POLICY, origin: 'national_default', version: null, effectiveFrom: null });
    expect(inForce.label).toMatch(/^National default/);
    expect(inForce.pack.slotInMinimumJobMatchPercent).toBe(70);
    expect(inForce.pack.payProtection.months).toBe(36);
  });

  describe('given a pack from 1 April 2026, changed on 1 April 2027', () => {
    const changed = packWith({ slotInMinimumJobMatchPercent: 75 });
    const state = stateOf([recorded(1, '2026-04-01'), recorded(2, '2027-04-01', changed)]);

    it('the day before the first version: the national default', () => {
      expect(policyInForce(state, '2026-03-31').origin).toBe('national_default');
    });
    it('on the day of the first version: version 1', () => {
      expect(policyInForce(state, '2026-04-01')).toMatchObject({ origin: 'council', version: 1, pack: councilPack });
    });
    it('the day before the change: version 1 (66%)', () => {
      expect(policyInForce(state, '2027-03-31').pack.slotInMinimumJobMatchPercent).toBe(66);
    });
    it('on the day of the change: version 2 (75%)', () => {
      const inForce = policyInForce(state, '2027-04-01');
      expect(inForce).toMatchObject({ version: 2, effectiveFrom: '2027-04-01' });
      expect(inForce.pack.slotInMinimumJobMatchPercent).toBe(75);
      expect(inForce.label).toBe("The council's policy pack, version 2, in force from 2027-04-01");
    });
  });

  it('of two versions from the same date, the one recorded later is in force', () => {
    const corrected = packWith({ trialMaximumWeeks: 8 });
    const state = stateOf([recorded(1, '2026-04-01'), recorded(2, '2026-04-01', corrected)]);
    expect(policyInForce(state, '2026-04-01')).toMatchObject({ version: 2, pack: corrected });
  });

  it('a version recorded later but effective earlier does not displace a later-dated one', () => {
    const backdated = packWith({ slotInMinimumJobMatchPercent: 60 });
    const state = stateOf([recorded(1, '2027-04-01'), recorded(2, '2026-04-01', backdated)]);
    expect(policyInForce(state, '2027-04-01').version).toBe(1);
    expect(policyInForce(state, '2027-03-31').version).toBe(2);
  });
});

describe('contractualNoticeWeeks', () => {
  it.each([
    ['Grade 6', 4],
    ['Grade 7', 8],
    [10, 8],
    ['grade 11', 12],
    ['Grade 15', 12],
    ['PO1', 4],
  ])('%s: %i weeks', (grade, weeks) => {
    expect(contractualNoticeWeeks(councilPack, grade)).toBe(weeks);
  });

  it('the national default gives no contractual notice beyond the statutory minimum', () => {
    expect(contractualNoticeWeeks(NATIONAL_DEFAULT_POLICY, 'Grade 9')).toBe(0);
  });

  it('reads only numbered grades', () => {
    expect([gradeNumberOf('Grade 9'), gradeNumberOf(' 12 '), gradeNumberOf('SO2'), gradeNumberOf(3.5)]).toEqual([9, 12, null, null]);
  });
});

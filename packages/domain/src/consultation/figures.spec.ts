import { equalityProfile } from './equality-profile';
import { protectiveAwardExposure, protectiveAwardPence } from './exposure';
import type { AffectedPerson } from './events';
import { affected, goodDates, person } from './spec-fixtures';
import { statutoryFigures } from './statutory';
import { consultationTimeline } from './timeline';

describe('protective-award exposure (s.189)', () => {
  it('is a week’s pay (annual ÷ 52) for each 7 days, rounded down to the penny', () => {
    expect(protectiveAwardPence(3_640_000, 90)).toBe(900_000); // £36,400 → £700 a week → 90 days = £9,000
    expect(protectiveAwardPence(2_000_001, 90)).toBe(494_505); // 180,000,090 ÷ 364 = 494,505.74…
  });

  it('uses 90 days for a first dismissal on 5 April 2026 and 180 days from 6 April 2026, both confirmed', () => {
    const before = protectiveAwardExposure(affected, { collectiveRequired: true, firstDismissal: '2026-04-05', ruleDate: '2026-01-05' });
    expect([before.maximumDays, before.toBeConfirmed, before.totalPence]).toEqual([90, false, 900_000 + 1_268_406 + 494_505]);
    const after = protectiveAwardExposure(affected, { collectiveRequired: true, firstDismissal: '2026-04-06', ruleDate: '2026-01-05' });
    expect([after.maximumDays, after.toBeConfirmed, after.ruleId]).toEqual([180, false, 'tulrca-s189-180-days-era-2025']);
    expect(after.totalPence).toBe(after.people.reduce((s, p) => s + p.maximumPence, 0));
    expect(after.people.map((p) => p.maximumPence)).toEqual([1_800_000, 2_536_813, 989_011]);
  });

  it('does not arise where no collective consultation is needed', () => {
    const e = protectiveAwardExposure(affected, { collectiveRequired: false, firstDismissal: '2027-03-31', ruleDate: '2027-01-11' });
    expect([e.applies, e.people, e.totalPence]).toEqual([false, [], 0]);
  });
});

describe('equality profile by stage', () => {
  const people: AffectedPerson[] = Array.from({ length: 14 }, (_, i) => person(i + 1, 3_000_000, { atRisk: i < 9, placement: i < 5 ? 'slotted' : null }));
  const characteristics = Object.fromEntries(people.map((p, i) => [p.postId, { sex: i < 8 ? 'Female' : 'Male' }]));

  it('counts each stage and hides any count under 5, and the next smallest where one alone would show (Female 5 slotted + total 5 would reveal Male 0)', () => {
    const individuals = { 'post-10': { meetings: [], outcome: { outcome: 'dismissed' as const, decidedOn: '2027-03-01' }, appeal: null } };
    const profile = equalityProfile({ affected: people, individuals, characteristics });
    expect(profile.stages).toEqual(['in_scope', 'at_risk', 'slotted', 'redeployed', 'dismissed']);
    expect(profile.stageTotals).toEqual([14, 9, 5, 0, 1]);
    expect(profile.rows).toEqual([
      { characteristic: 'sex', category: 'Female', counts: [8, null, null, null, null] },
      { characteristic: 'sex', category: 'Male', counts: [6, null, null, null, null] },
    ]);
  });

  it('hides a cell of 4 and shows a cell of 5: the boundary is "under 5", not "5 or under"', () => {
    // 13 in scope, all at risk, none placed: age bands of 5, 4 and 4. Two cells are hidden in each
    // column, so no cell is hidden only to stop a reader working another out.
    const thirteen = Array.from({ length: 13 }, (_, i) => person(i + 1, 3_000_000, { atRisk: true, placement: null }));
    const band = (i: number) => (i < 5 ? '16-24' : i < 9 ? '25-34' : '35-44');
    const ages = Object.fromEntries(thirteen.map((p, i) => [p.postId, { age: band(i) }]));
    const profile = equalityProfile({ affected: thirteen, individuals: {}, characteristics: ages });
    expect(profile.stageTotals).toEqual([13, 13, 0, 0, 0]);
    expect(profile.rows).toEqual([
      { characteristic: 'age', category: '16-24', counts: [5, 5, null, null, null] },
      { characteristic: 'age', category: '25-34', counts: [null, null, null, null, null] },
      { characteristic: 'age', category: '35-44', counts: [null, null, null, null, null] },
    ]);
    // a fifth person in the 25-34 band makes it 5: shown (a 45-54 band of one keeps two cells hidden)
    const fifteen = [...thirteen, person(14, 3_000_000, { atRisk: true, placement: null }), person(15, 3_000_000, { atRisk: true, placement: null })];
    const more = { ...ages, 'post-14': { age: '25-34' }, 'post-15': { age: '45-54' } };
    expect(equalityProfile({ affected: fifteen, individuals: {}, characteristics: more }).rows.map((r) => [r.category, r.counts[0]])).toEqual([
      ['16-24', 5],
      ['25-34', 5],
      ['35-44', null],
      ['45-54', null],
    ]);
  });

  it('shows nothing for a characteristic the council has not provided', () => {
    expect(equalityProfile({ affected: people, individuals: {}, characteristics: {} }).rows).toEqual([]);
  });
});

describe('timeline read model', () => {
  it('draws the bars in plan order and the statutory lines', () => {
    const t = consultationTimeline(goodDates, statutoryFigures({ dates: goodDates, draftedOn: '2026-11-02', proposedDismissals: 25 }));
    expect(t.bars.map((b) => b.key)).toEqual([
      'staff_briefing',
      'hr1',
      'consultation',
      'response',
      'final_structure',
      'selection',
      'notices',
      'appeals',
      'first_dismissal',
      'go_live',
    ]);
    expect(t.constraints.map((c) => [c.key, c.date])).toEqual([
      ['earliest_first_dismissal', '2027-02-10'],
      ['latest_consultation_start', '2027-03-01'],
      ['hr1_deadline', '2027-03-01'],
    ]);
    expect([t.from, t.to]).toEqual(['2027-01-08', '2027-04-01']);
  });
});

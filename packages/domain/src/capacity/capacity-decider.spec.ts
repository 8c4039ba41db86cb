import { deciderSpec, meta } from '../testing';
import { DEFAULT_CAPACITY_ASSUMPTIONS } from './assumptions';
import { capacityDecider } from './capacity-decider';
import type { SetCapacityAssumptions } from './commands';
import type { CapacityAssumptionsSet } from './events';

const spec = deciderSpec(capacityDecider);
const templateId = '0190a000-0000-7000-8000-000000000201';
const set = (data: Partial<SetCapacityAssumptions['data']> = {}): SetCapacityAssumptions => ({
  type: 'SetCapacityAssumptions',
  data: { ...DEFAULT_CAPACITY_ASSUMPTIONS, fromTemplateId: null, ...data },
  metadata: meta(),
});
const wasSet = (data: Partial<CapacityAssumptionsSet['data']> = {}): CapacityAssumptionsSet => ({
  type: 'CapacityAssumptionsSet',
  data: { ...DEFAULT_CAPACITY_ASSUMPTIONS, fromTemplateId: null, ...data },
});

describe('when no assumptions are set', () => {
  it('sets them, trimming tier names, with the template they came from', () => {
    spec
      .given([])
      .when(set({ hoursPerContractByTier: { ' Gold ': 520, Silver: 156, Bronze: 40 }, fromTemplateId: templateId }))
      .then([wasSet({ fromTemplateId: templateId })]);
  });

  it('accepts the limits: 0 and 5,000 hours, 1,000 and 2,000 productive hours', () => {
    spec
      .given([])
      .when(set({ hoursPerContractByTier: { A: 0, B: 5000 }, productiveHoursPerFte: 1000 }))
      .then([wasSet({ hoursPerContractByTier: { A: 0, B: 5000 }, productiveHoursPerFte: 1000 })]);
    spec
      .given([])
      .when(set({ productiveHoursPerFte: 2000 }))
      .then([wasSet({ productiveHoursPerFte: 2000 })]);
  });

  it.each<[string, Partial<SetCapacityAssumptions['data']>, string]>([
    ['no tiers', { hoursPerContractByTier: {} }, 'Give hours per contract for between 1 and 6 tiers; there are 0.'],
    ['seven tiers', { hoursPerContractByTier: { a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1 } }, 'there are 7'],
    ['an empty tier name', { hoursPerContractByTier: { ' ': 10 } }, 'Each tier needs a name of 1 to 30 characters.'],
    ['a tier named twice', { hoursPerContractByTier: { Gold: 10, ' Gold': 20 } }, 'Tier "Gold" appears twice'],
    ['5,001 hours', { hoursPerContractByTier: { Gold: 5001 } }, 'Hours per contract for Gold must be a whole number from 0 to 5000 a year; got 5001.'],
    ['fractional hours', { hoursPerContractByTier: { Gold: 1.5 } }, 'got 1.5'],
    ['negative hours', { hoursPerContractByTier: { Gold: -1 } }, 'got -1'],
    ['999 productive hours', { productiveHoursPerFte: 999 }, 'Productive hours per FTE must be a whole number of hours a year from 1000 to 2000'],
    ['2,001 productive hours', { productiveHoursPerFte: 2001 }, 'got 2001'],
  ])('refuses %s: INVALID_CAPACITY_ASSUMPTIONS', (_, data, message) => {
    expect(spec.given([]).when(set(data)).thenThrows('INVALID_CAPACITY_ASSUMPTIONS').message).toContain(message);
  });

  it('refuses a template id that is not a UUID', () => {
    spec
      .given([])
      .when(set({ fromTemplateId: 'tpl-1' }))
      .thenThrows('INVALID_ID');
  });
});

describe('when assumptions are set', () => {
  it('records nothing when they and their source are unchanged', () => {
    spec.given([wasSet()]).when(set()).then([]);
  });

  it('records a change of hours, of a tier, or of source', () => {
    spec
      .given([wasSet()])
      .when(set({ productiveHoursPerFte: 1600 }))
      .then([wasSet({ productiveHoursPerFte: 1600 })]);
    spec
      .given([wasSet()])
      .when(set({ hoursPerContractByTier: { Gold: 520, Silver: 156 } }))
      .then([wasSet({ hoursPerContractByTier: { Gold: 520, Silver: 156 } })]);
    spec
      .given([wasSet()])
      .when(set({ fromTemplateId: templateId }))
      .then([wasSet({ fromTemplateId: templateId })]);
  });
});

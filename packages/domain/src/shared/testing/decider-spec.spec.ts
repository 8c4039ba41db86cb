import type { Command, Decider, DomainEvent } from '../decider';
import { errorsOf } from '../errors';
import { deciderSpec, meta, testTenantId } from './decider-spec';

const { invalid } = errorsOf<'COUNT_NOT_POSITIVE'>();

type Count = Command<'Count', { by: number }>;
type Counted = DomainEvent<'Counted', { by: number }>;
const counter: Decider<Count, Counted, number> = {
  decide: ({ data }, total) => {
    if (data.by <= 0) throw invalid('COUNT_NOT_POSITIVE', 'Count by a positive number.');
    if (data.by === 99) throw new TypeError('boom');
    return total + data.by > 10 ? [] : [{ type: 'Counted', data }];
  },
  evolve: (total, event) => total + event.data.by,
  initialState: 0,
};
const spec = deciderSpec(counter);
const count = (by: number): Count => ({ type: 'Count', data: { by }, metadata: meta() });
const counted = (by: number): Counted => ({ type: 'Counted', data: { by } });

describe('deciderSpec', () => {
  it('folds the given events before deciding', () => {
    spec
      .given([counted(5), counted(5)])
      .when(count(1))
      .then([]);
    spec
      .given([counted(5)])
      .when(count(1))
      .then([counted(1)]);
  });

  it('fails when the events differ', () => {
    expect(() =>
      spec
        .given([])
        .when(count(1))
        .then([counted(2)]),
    ).toThrow();
  });

  it('returns the DomainError it expected, and fails on another code or kind', () => {
    expect(spec.given([]).when(count(0)).thenThrows('COUNT_NOT_POSITIVE', 'BAD_USER_INPUT').message).toBe('Count by a positive number.');
    expect(() => spec.given([]).when(count(0)).thenThrows('SOMETHING_ELSE')).toThrow();
    expect(() => spec.given([]).when(count(0)).thenThrows('COUNT_NOT_POSITIVE', 'CONFLICT')).toThrow();
  });

  it('fails when nothing is thrown, and rethrows errors that are not DomainErrors', () => {
    expect(() => spec.given([]).when(count(1)).thenThrows('COUNT_NOT_POSITIVE')).toThrow(/returned \[\{"type":"Counted"/);
    expect(() => spec.given([]).when(count(99)).thenThrows('COUNT_NOT_POSITIVE')).toThrow(TypeError);
  });
});

describe('meta', () => {
  it('builds metadata with overrides, merging the actor', () => {
    expect(meta({ now: '2025-05-01T00:00:00Z', actor: { role: 'auditor' } })).toMatchObject({
      tenantId: testTenantId,
      now: '2025-05-01T00:00:00Z',
      actor: { role: 'auditor', displayName: 'Casey Consultant' },
    });
  });
});

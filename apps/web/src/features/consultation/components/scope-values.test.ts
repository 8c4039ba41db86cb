import { describe, expect, it } from 'vitest';
import { scopeFieldsOf, scopeOf } from './scope-values';

describe('a plan’s scope as typed', () => {
  it('trims the answers and names each union once', () => {
    expect(scopeOf({ title: ' Contract management ', establishment: 'County Hall ', dismissals: ' 25 ', unions: 'UNISON, GMB ,unison,, ' }, 'scope')).toEqual({
      scope: { title: 'Contract management', establishment: 'County Hall', proposedDismissals: 25, recognisedUnions: ['UNISON', 'GMB'] },
      problems: [],
    });
  });

  it('names every missing or malformed answer against its field', () => {
    const { scope, problems } = scopeOf({ title: ' ', establishment: '', dismissals: '2.5', unions: '' }, 'scope');
    expect(scope).toBeNull();
    expect(problems.map((p) => p.fieldId)).toEqual(['scope-title', 'scope-establishment', 'scope-dismissals']);
    expect(scopeOf({ title: 'a', establishment: 'b', dismissals: '-1', unions: '' }, 'plan').problems[0]!.fieldId).toBe('plan-dismissals');
    expect(scopeOf({ title: 'a', establishment: 'b', dismissals: '', unions: '' }, 'plan').problems).toHaveLength(1);
  });

  it('starts the revise form from the plan as it stands', () => {
    expect(scopeFieldsOf({ title: 'T', establishment: 'E', proposedDismissals: 19, recognisedUnions: ['UNISON', 'GMB'] })).toEqual({
      title: 'T',
      establishment: 'E',
      dismissals: '19',
      unions: 'UNISON, GMB',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { agreementProblems, draftProblem } from './definition-forms';

describe('drafting a version', () => {
  it('needs words that differ from the current version', () => {
    expect(draftProblem('  ', null)).toBe('Enter the definition of contract management');
    expect(draftProblem('Contract management is…', null)).toBeNull();
    expect(draftProblem(' Same words ', 'Same words')).toBe('The words are the same as the current version: change them to draft a new version');
    expect(draftProblem('New words', 'Same words')).toBeNull();
    expect(draftProblem('x'.repeat(10_001), null)).toBe('The definition must be 10,000 characters or fewer');
  });
});

describe('recording an agreement', () => {
  it('needs a name and a role, once per person', () => {
    expect(agreementProblems({ name: '', role: '' }, [])).toEqual({
      name: 'Enter the name of the person who agreed',
      role: 'Enter their role, such as Procurement lead',
    });
    expect(agreementProblems({ name: 'sarah  whitfield', role: 'Head of Procurement' }, ['Sarah Whitfield'])).toEqual({
      name: 'sarah  whitfield has already agreed this version',
    });
    expect(agreementProblems({ name: 'Priya Shah', role: 'Subject-matter expert' }, ['Sarah Whitfield'])).toEqual({});
  });
});

import { DomainError } from '../errors';
import { requireEmail, requireId, requireText, validatePassword } from './text';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('requireText', () => {
  it('returns the text trimmed', () => {
    expect(requireText('name', '  Adult Social Care ', { max: 120 })).toBe('Adult Social Care');
  });

  it('accepts exactly max characters, counting characters rather than code units', () => {
    expect(requireText('name', 'a'.repeat(120), { max: 120 })).toHaveLength(120);
    expect(requireText('name', '😀'.repeat(3), { max: 3 })).toBe('😀😀😀');
  });

  it('rejects max + 1 characters with a message naming the field and the limit', () => {
    expect(() => requireText('displayName', 'a'.repeat(121), { max: 120 })).toThrow('Display name is too long: it has 121 characters and the limit is 120.');
    expect(codeOf(() => requireText('name', 'a'.repeat(121), { max: 120 }))).toBe('TEXT_TOO_LONG');
  });

  it.each([[''], ['   '], [undefined], [null], [42]])('requires text, rejecting %p', (value) => {
    expect(codeOf(() => requireText('name', value, { max: 120 }))).toBe('TEXT_REQUIRED');
  });

  it('enforces a minimum length', () => {
    expect(codeOf(() => requireText('code', 'ab', { min: 3, max: 10 }))).toBe('TEXT_TOO_SHORT');
    expect(requireText('code', 'abc', { min: 3, max: 10 })).toBe('abc');
  });

  it('allows empty text when min is 0', () => {
    expect(requireText('note', '  ', { min: 0, max: 10 })).toBe('');
  });

  it('reports as a bad user input with the field in details', () => {
    try {
      requireText('name', '', { max: 5 });
    } catch (error) {
      expect(error).toMatchObject({ kind: 'BAD_USER_INPUT', details: { field: 'name', max: 5 } });
    }
    expect.assertions(1);
  });
});

describe('requireEmail', () => {
  it('trims and lower-cases', () => {
    expect(requireEmail('  Jo.Bloggs@Council.GOV.uk ')).toBe('jo.bloggs@council.gov.uk');
  });

  it('accepts plus addressing and hyphenated domains', () => {
    expect(requireEmail('jo+hr@north-shire.gov.uk')).toBe('jo+hr@north-shire.gov.uk');
  });

  it('accepts 254 characters and rejects 255', () => {
    const address = (b: number) => `${'a'.repeat(64)}@${'b'.repeat(b)}.${'c'.repeat(61)}.${'d'.repeat(61)}.uk`;
    expect(address(62)).toHaveLength(254);
    expect(requireEmail(address(62))).toBe(address(62));
    expect(() => requireEmail(address(63))).toThrow('Email address is too long (the limit is 254 characters)');
  });

  it.each([
    [''],
    ['jo'],
    ['jo@'],
    ['@council.gov.uk'],
    ['jo@localhost'],
    ['jo bloggs@council.gov.uk'],
    ['jo@@council.gov.uk'],
    ['.jo@council.gov.uk'],
    ['jo..b@council.gov.uk'],
    ['jo@-council.gov.uk'],
    [undefined],
  ])('rejects %p', (value) => {
    expect(codeOf(() => requireEmail(value))).toBe('INVALID_EMAIL');
  });
});

describe('requireId', () => {
  it('accepts a UUID unchanged', () => {
    expect(requireId('userId', '0190F1C2-7B3A-7CDE-8F00-1234567890AB')).toBe('0190F1C2-7B3A-7CDE-8F00-1234567890AB');
  });

  it.each([[''], ['user-1'], ['0190f1c2-7b3a-7cde-8f00-1234567890a'], ['0190f1c2-7b3a-7cde-8f00-1234567890abc'], [42]])('rejects %p', (value) => {
    expect(codeOf(() => requireId('userId', value))).toBe('INVALID_ID');
  });

  it('names the field', () => {
    expect(() => requireId('authorityId', 'x')).toThrow(/^Authority id must be a UUID/);
  });
});

describe('validatePassword', () => {
  it('accepts 12 and 256 characters', () => {
    expect(() => validatePassword('a'.repeat(12))).not.toThrow();
    expect(() => validatePassword('a'.repeat(256))).not.toThrow();
  });

  it.each([[''], ['a'.repeat(11)], ['a'.repeat(257)], [undefined]])('rejects %p as WEAK_PASSWORD', (value) => {
    expect(codeOf(() => validatePassword(value))).toBe('WEAK_PASSWORD');
  });

  it('says the rule, never the password', () => {
    expect(() => validatePassword('short-secret')).not.toThrow();
    expect(() => validatePassword('secret')).toThrow('Password must be between 12 and 256 characters long; this one has 6.');
  });
});

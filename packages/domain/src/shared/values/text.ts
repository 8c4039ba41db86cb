import { invalid } from '../errors';
import { charCount, fieldLabel } from './label';

export type TextRule = { max: number; min?: number };

// Returns the trimmed text. Length is counted in characters after trimming.
export const requireText = (field: string, value: unknown, { max, min = 1 }: TextRule): string => {
  const label = fieldLabel(field);
  const text = typeof value === 'string' ? value.trim() : '';
  const length = charCount(text);
  if (length === 0 && min > 0) {
    throw invalid('TEXT_REQUIRED', `${label} is required: enter between ${min} and ${max} characters.`, { field, min, max });
  }
  if (length < min) {
    throw invalid('TEXT_TOO_SHORT', `${label} is too short: it has ${length} characters and needs at least ${min}.`, {
      field,
      min,
      max,
      length,
    });
  }
  if (length > max) {
    throw invalid('TEXT_TOO_LONG', `${label} is too long: it has ${length} characters and the limit is ${max}.`, {
      field,
      min,
      max,
      length,
    });
  }
  return text;
};

export const MAX_EMAIL_LENGTH = 254;
// Deliberately simple: dot-atom local part, and a domain of at least two DNS labels.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

// Returns the address trimmed and lower-cased, so that one mailbox has one spelling.
export const requireEmail = (value: unknown): string => {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const fail = (why: string) =>
    invalid('INVALID_EMAIL', `Email address ${why}: enter an address such as name@council.gov.uk.`, {
      field: 'email',
      max: MAX_EMAIL_LENGTH,
    });
  if (email === '') throw fail('is required');
  if (email.length > MAX_EMAIL_LENGTH) throw fail(`is too long (the limit is ${MAX_EMAIL_LENGTH} characters)`);
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at < 1 || local.length > 64 || !LOCAL_PART.test(local) || !DOMAIN.test(domain)) throw fail('is not valid');
  return email;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Any UUID version; returned unchanged so that stream names built from it match.
export const requireId = (field: string, value: unknown): string => {
  if (typeof value === 'string' && UUID.test(value)) return value;
  throw invalid('INVALID_ID', `${fieldLabel(field)} must be a UUID such as 0190f1c2-7b3a-7cde-8f00-1234567890ab.`, { field });
};

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// Runs at the edge on the clear-text password; the domain itself only ever sees the hash.
export const validatePassword = (password: unknown): void => {
  const length = typeof password === 'string' ? charCount(password) : 0;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    throw invalid(
      'WEAK_PASSWORD',
      `Password must be between ${MIN_PASSWORD_LENGTH} and ${MAX_PASSWORD_LENGTH} characters long; ` +
        `this one has ${length}. A phrase of several words is easiest to remember.`,
      { field: 'password', min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH },
    );
  }
};

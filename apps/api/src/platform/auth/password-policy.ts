import { dictionary } from '@zxcvbn-ts/language-common';
import { validatePassword } from '@orgledger/domain';
import { invalid } from '../api-errors';

// The most common passwords from leaked lists, as shipped (and kept up to date) by zxcvbn-ts;
// read from the package, never fetched at run time.
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

// Length first (the domain's rule), then the list: a long password can still be a common one.
export const requireAcceptablePassword = (password: unknown): string => {
  validatePassword(password);
  const text = password as string;
  if (COMMON.has(text.toLowerCase()) || COMMON.has(text.toLowerCase().replace(/[\d\W_]+$/, ''))) {
    throw invalid(
      'COMMON_PASSWORD',
      'This password is one of the most commonly used, so it is easy to guess. Choose another; a phrase of several words works well.',
      {
        field: 'password',
      },
    );
  }
  return text;
};

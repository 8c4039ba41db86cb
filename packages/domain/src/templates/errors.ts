import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the template decider and helpers throw, besides the shared value codes (TEXT_*, INVALID_ID)
// and those of the rules a template carries (INVALID_TIER_RULES, INVALID_CAPACITY_ASSUMPTIONS).
export const templateErrorKinds = {
  TEMPLATE_ALREADY_EXISTS: 'CONFLICT',
  TEMPLATE_NOT_FOUND: 'NOT_FOUND',
  TEMPLATE_RETIRED: 'BAD_USER_INPUT',
  TEMPLATE_TIERS_MISMATCH: 'BAD_USER_INPUT',
  TEMPLATE_TAXONOMY_EMPTY: 'BAD_USER_INPUT',
  TEMPLATE_TAXONOMY_TOO_LARGE: 'BAD_USER_INPUT',
  TEMPLATE_TAXONOMY_KEY_INVALID: 'BAD_USER_INPUT',
  TEMPLATE_TAXONOMY_KEY_DUPLICATE: 'BAD_USER_INPUT',
  TEMPLATE_TAXONOMY_PARENT_NOT_FOUND: 'BAD_USER_INPUT',
  TEMPLATE_TAXONOMY_CYCLE: 'BAD_USER_INPUT',
  TEMPLATE_TAXONOMY_TOO_DEEP: 'BAD_USER_INPUT',
  TEMPLATE_TAXONOMY_NAME_TAKEN: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type TemplateErrorCode = keyof typeof templateErrorKinds;
export const templateErrorCodes = codesOf(templateErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<TemplateErrorCode>();

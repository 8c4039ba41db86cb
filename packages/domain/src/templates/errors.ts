import { errorsOf } from '../shared/errors';

// Every code the template decider and helpers throw, besides the shared value codes (TEXT_*, INVALID_ID)
// and those of the rules a template carries (INVALID_TIER_RULES, INVALID_CAPACITY_ASSUMPTIONS).
export const templateErrorCodes = [
  'TEMPLATE_ALREADY_EXISTS',
  'TEMPLATE_NOT_FOUND',
  'TEMPLATE_RETIRED',
  'TEMPLATE_TIERS_MISMATCH',
  'TEMPLATE_TAXONOMY_EMPTY',
  'TEMPLATE_TAXONOMY_TOO_LARGE',
  'TEMPLATE_TAXONOMY_KEY_INVALID',
  'TEMPLATE_TAXONOMY_KEY_DUPLICATE',
  'TEMPLATE_TAXONOMY_PARENT_NOT_FOUND',
  'TEMPLATE_TAXONOMY_CYCLE',
  'TEMPLATE_TAXONOMY_TOO_DEEP',
  'TEMPLATE_TAXONOMY_NAME_TAKEN',
] as const;
export type TemplateErrorCode = (typeof templateErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<TemplateErrorCode>();

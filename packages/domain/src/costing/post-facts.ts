import { ALLOWANCE_RULES, ALLOWANCE_TYPES, HOLDER_AGE_BANDS, type AllowanceType, type HolderAgeBand } from '@orgledger/reference-data';
import { invalid } from './errors';
import { requirePence, type Money } from '../shared/values';

// What a post's full cost turns on beyond its grade: whether it is an apprenticeship and the
// holder's age band where known (employer NI reliefs), and its allowances by type (LGPS reg. 20).
export type PostHolderFacts = { apprenticeship: boolean; ageBand: HolderAgeBand | null };
export type PostAllowance = { type: AllowanceType; pencePerYear: Money };
export type CostedAllowance = PostAllowance & { pensionable: boolean };

export const MAX_POST_ALLOWANCES = 10;

export const requireHolder = (holder: PostHolderFacts): PostHolderFacts => {
  if (typeof holder?.apprenticeship !== 'boolean') {
    throw invalid('INVALID_APPRENTICESHIP', 'Say whether the post is an apprenticeship: true or false.', { field: 'apprenticeship' });
  }
  if (holder.ageBand !== null && !HOLDER_AGE_BANDS.includes(holder.ageBand)) {
    throw invalid('INVALID_AGE_BAND', `The holder's age band is one of ${HOLDER_AGE_BANDS.join(', ')}, or unknown; got ${String(holder.ageBand)}.`, {
      field: 'holderAgeBand',
    });
  }
  return { apprenticeship: holder.apprenticeship, ageBand: holder.ageBand };
};

// Each type at most once, with a whole number of pence a year; pensionable as reg. 20 says.
export const requireAllowances = (allowances: readonly PostAllowance[]): CostedAllowance[] => {
  if (!Array.isArray(allowances) || allowances.length > MAX_POST_ALLOWANCES) {
    throw invalid('INVALID_ALLOWANCES', `List at most ${MAX_POST_ALLOWANCES} allowances, one of each type.`, { field: 'allowances' });
  }
  const seen = new Set<string>();
  return allowances.map((a) => {
    const type: AllowanceType = a?.type;
    if (!ALLOWANCE_TYPES.includes(type) || seen.has(type)) {
      throw invalid('INVALID_ALLOWANCES', `Each allowance has one of the known types, listed once; got ${String(type)}.`, { field: 'allowances' });
    }
    seen.add(type);
    return { type, pencePerYear: requirePence('pencePerYear', a.pencePerYear), pensionable: ALLOWANCE_RULES[type].pensionable };
  });
};

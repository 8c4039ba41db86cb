import { invalid } from './errors';
import { MAX_SNAPSHOT_ITEMS } from './snapshot-limits';

// The checks a frozen snapshot passes; each refusal says what does not add up and what to do.
export const bad = (message: string, field: string) =>
  invalid('INVALID_SNAPSHOT', `The proposal snapshot is not consistent: ${message} Rebuild it from the current design and submit again.`, { field });

export const key = (field: string, value: unknown): string => {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 100) return value;
  throw bad(`${field} must be an id of 1 to 100 characters.`, field);
};

export const items = <T>(field: string, value: unknown, { min = 0, max = MAX_SNAPSHOT_ITEMS } = {}): T[] => {
  if (!Array.isArray(value) || value.length < min || value.length > max) throw bad(`${field} must list ${min} to ${max} entries.`, field);
  return value as T[];
};

export const unique = (field: string, ids: string[]) => {
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) throw bad(`${field} lists "${twice}" twice.`, field);
};

export const known = (field: string, id: string, posts: Set<string>) => {
  if (!posts.has(id)) throw bad(`${field} names post "${id}", which is not in the option.`, field);
};

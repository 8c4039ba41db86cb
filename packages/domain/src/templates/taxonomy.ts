import { MAX_ACTIVITIES, MAX_ACTIVITY_DEPTH, MAX_ACTIVITY_NAME } from '../activity';
import { invalid } from './errors';
import { requireText } from '../shared/values';

// A template's activity tree uses keys, not ids: each programme that applies it gets fresh ids.
export type TemplateTaxonomyNode = { key: string; parentKey: string | null; name: string; contractManagement: boolean };

export const MAX_TEMPLATE_KEY = 100;

const sameName = (a: string, b: string) => a.replace(/\s+/g, ' ').toLocaleLowerCase('en-GB') === b.replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

// The same limits as a programme's taxonomy (size, depth, name length), so a saved template always applies.
export const validateTemplateTaxonomy = (nodes: readonly TemplateTaxonomyNode[]): TemplateTaxonomyNode[] => {
  if (!Array.isArray(nodes) || nodes.length === 0) {
    throw invalid('TEMPLATE_TAXONOMY_EMPTY', 'A template needs at least one activity in its taxonomy.', { field: 'taxonomy' });
  }
  if (nodes.length > MAX_ACTIVITIES) {
    throw invalid('TEMPLATE_TAXONOMY_TOO_LARGE', `A taxonomy can have at most ${MAX_ACTIVITIES} activities; this one has ${nodes.length}.`, {
      max: MAX_ACTIVITIES,
    });
  }
  const byKey = new Map<string, TemplateTaxonomyNode>();
  for (const node of nodes) {
    const key = typeof node.key === 'string' ? node.key.trim() : '';
    if (key === '' || key.length > MAX_TEMPLATE_KEY) {
      throw invalid('TEMPLATE_TAXONOMY_KEY_INVALID', `Each activity needs a key of 1 to ${MAX_TEMPLATE_KEY} characters, such as "supplier-meetings".`, {
        key: node.key,
      });
    }
    const name = requireText('name', node.name, { max: MAX_ACTIVITY_NAME });
    if (byKey.has(key)) throw invalid('TEMPLATE_TAXONOMY_KEY_DUPLICATE', `The key "${key}" is used by more than one activity; keys must be unique.`, { key });
    const parentKey = typeof node.parentKey === 'string' && node.parentKey.trim() !== '' ? node.parentKey.trim() : null;
    byKey.set(key, { key, parentKey, name, contractManagement: node.contractManagement === true });
  }
  const siblings = new Map<string | null, string[]>();
  for (const node of byKey.values()) {
    if (node.parentKey !== null && !byKey.has(node.parentKey)) {
      throw invalid('TEMPLATE_TAXONOMY_PARENT_NOT_FOUND', `The parent "${node.parentKey}" of "${node.name}" is not in the taxonomy.`, { key: node.key });
    }
    let depth = 1;
    for (let p = node.parentKey; p !== null; p = byKey.get(p)!.parentKey) {
      depth += 1;
      if (depth > byKey.size) {
        throw invalid('TEMPLATE_TAXONOMY_CYCLE', `"${node.name}" is its own ancestor; each activity needs a parent above it, or none.`, { key: node.key });
      }
    }
    if (depth > MAX_ACTIVITY_DEPTH) {
      throw invalid('TEMPLATE_TAXONOMY_TOO_DEEP', `"${node.name}" sits ${depth} levels deep; the taxonomy allows ${MAX_ACTIVITY_DEPTH}.`, { key: node.key });
    }
    const names = siblings.get(node.parentKey) ?? [];
    if (names.some((n) => sameName(n, node.name))) {
      throw invalid('TEMPLATE_TAXONOMY_NAME_TAKEN', `Two activities under the same parent are called "${node.name}"; sibling names must differ.`, {
        key: node.key,
      });
    }
    siblings.set(node.parentKey, [...names, node.name]);
  }
  return [...byKey.values()];
};

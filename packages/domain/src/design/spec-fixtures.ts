// Shared builders for the function-design specs (plain data; no jest).
import type { DesignOption, DesignPost } from './design-post';
import type { FunctionDesignEvent } from './events';

export const optionA = 'opt-a';
export const optionB = 'opt-b';

export const post = (designPostId: string, overrides: Partial<DesignPost> = {}): DesignPost => ({
  designPostId,
  title: `Post ${designPostId}`,
  grade: 9,
  fte: 1000,
  reportsTo: null,
  responsibilities: ['Manage contracts'],
  jdReference: null,
  indicativeCostPence: 5_000_000,
  apprenticeship: false,
  holderAgeBand: null,
  allowances: [],
  ...overrides,
});

export const head = post('head', { title: 'Head of Contract Management', grade: 14, indicativeCostPence: 9_000_000 });
export const lead = post('lead', { title: 'Contract Manager', reportsTo: 'head' });
export const officer = post('officer', { title: 'Contract Officer', grade: 6, fte: 600, reportsTo: 'lead', indicativeCostPence: 2_000_000 });

export const drafted = (optionId = optionA, name = 'Hub and spoke', posts: DesignPost[] = []): FunctionDesignEvent => ({
  type: 'DesignOptionDrafted',
  data: { optionId, name, description: '', copiedFromOptionId: null, posts },
});
export const added = (p: DesignPost, optionId = optionA): FunctionDesignEvent => ({ type: 'DesignPostAdded', data: { optionId, post: p } });
export const chosenEvent = (optionId = optionA, previousOptionId: string | null = null): FunctionDesignEvent => ({
  type: 'DesignOptionChosen',
  data: { optionId, reason: 'Best value', previousOptionId },
});

// Option A: head ← lead ← officer.
export const threeLayers: FunctionDesignEvent[] = [drafted(), added(head), added(lead), added(officer)];

export const option = (posts: DesignPost[], optionId = optionA, name = 'Hub and spoke'): DesignOption => ({ optionId, name, description: '', posts });

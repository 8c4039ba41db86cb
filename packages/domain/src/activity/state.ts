import type { ActivityReturnEvent, TaxonomyEvent } from './events';
import type { Activity, ActivityShare } from './taxonomy';

// Activities in the order they were added; a taxonomy is small (at most 500).
export type TaxonomyState = { activities: Activity[] };

export const initialTaxonomyState: TaxonomyState = { activities: [] };

export const evolveTaxonomy = (state: TaxonomyState, event: TaxonomyEvent): TaxonomyState => {
  switch (event.type) {
    case 'TaxonomySeeded':
      return { activities: event.data.activities.map((a) => ({ ...a, retired: false })) };
    case 'TaxonomyReplaced': {
      // Replaced activities are kept as retired, so returns already made against them still count.
      const incoming = new Set(event.data.activities.map((a) => a.activityId));
      const kept = state.activities.filter((a) => !incoming.has(a.activityId)).map((a) => ({ ...a, retired: true }));
      return { activities: [...kept, ...event.data.activities.map((a) => ({ ...a, retired: false }))] };
    }
    case 'ActivityAdded':
      return { activities: [...state.activities, { ...event.data, retired: false }] };
    case 'ActivityRenamed':
      return { activities: state.activities.map((a) => (a.activityId === event.data.activityId ? { ...a, name: event.data.name } : a)) };
    case 'ActivityRetired': {
      const retired = new Set(event.data.activityIds);
      return { activities: state.activities.map((a) => (retired.has(a.activityId) ? { ...a, retired: true } : a)) };
    }
    default:
      return state;
  }
};

// The latest shares for each post; an earlier return stays in the stream's history.
export type LatestShares = { returnId: string; shares: ActivityShare[] };
export type ActivityReturnState = { latestByPost: Record<string, LatestShares>; returnCount: number; returnIds: string[] };

export const initialActivityReturnState: ActivityReturnState = { latestByPost: {}, returnCount: 0, returnIds: [] };

export const evolveActivityReturn = (state: ActivityReturnState, event: ActivityReturnEvent): ActivityReturnState => {
  switch (event.type) {
    case 'ActivityReturnSubmitted': {
      const latestByPost = { ...state.latestByPost };
      for (const post of event.data.posts) latestByPost[post.postId] = { returnId: event.data.returnId, shares: post.shares };
      return { latestByPost, returnCount: state.returnCount + 1, returnIds: [...state.returnIds, event.data.returnId] };
    }
    default:
      return state;
  }
};

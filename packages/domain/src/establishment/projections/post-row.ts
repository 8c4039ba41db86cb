import type { EstablishmentEvent } from '../events';
import type { PostFields } from '../post';

export type PostRowChange = { postId: string; row: PostFields | null };

// The rows the API upserts (or deletes, when `row` is null) for one event.
export const postRowsFrom = (event: EstablishmentEvent): PostRowChange[] => {
  switch (event.type) {
    case 'PostAdded':
    case 'PostUpdated':
      return [{ postId: event.data.postId, row: event.data }];
    case 'PostRemoved':
      return [{ postId: event.data.postId, row: null }];
    case 'PostsImported':
      return event.data.posts.map((post) => ({ postId: post.postId, row: post }));
    default:
      return [];
  }
};

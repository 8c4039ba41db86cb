import type { EstablishmentEvent } from './events';
import { referenceKey, type PostFields } from './post';

// Posts by id, and an index from the upper-cased reference to the post id.
export type EstablishmentState = { posts: Record<string, PostFields>; postIdByReference: Record<string, string> };

export const initialEstablishmentState: EstablishmentState = { posts: {}, postIdByReference: {} };

const upsert = (state: EstablishmentState, incoming: PostFields[]): EstablishmentState => {
  const posts = { ...state.posts };
  const postIdByReference = { ...state.postIdByReference };
  for (const post of incoming) {
    const previous = posts[post.postId];
    if (previous) delete postIdByReference[referenceKey(previous.reference)];
    posts[post.postId] = post;
    postIdByReference[referenceKey(post.reference)] = post.postId;
  }
  return { posts, postIdByReference };
};

export const evolveEstablishment = (state: EstablishmentState, event: EstablishmentEvent): EstablishmentState => {
  switch (event.type) {
    case 'PostAdded':
    case 'PostUpdated':
      return upsert(state, [event.data]);
    case 'PostsImported':
      return upsert(state, event.data.posts);
    case 'PostRemoved': {
      const { [event.data.postId]: removed, ...posts } = state.posts;
      if (!removed) return state;
      const { [referenceKey(removed.reference)]: _, ...postIdByReference } = state.postIdByReference;
      return { posts, postIdByReference };
    }
    default:
      return state;
  }
};

export const postByReference = (state: EstablishmentState, reference: string): PostFields | undefined => {
  const postId = state.postIdByReference[referenceKey(reference)];
  return postId === undefined ? undefined : state.posts[postId];
};

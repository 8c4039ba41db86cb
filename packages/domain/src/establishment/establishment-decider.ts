import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { requireText } from '../shared/values';
import type { AddPost, EstablishmentCommand, ImportPosts, RemovePost, UpdatePost } from './commands';
import type { EstablishmentEvent, PostsImported } from './events';
import { requireKey, samePost, validatePost, type PostFields } from './post';
import { parsePostRows } from './post-import';
import { evolveEstablishment, initialEstablishmentState, postByReference, type EstablishmentState } from './state';

export const MAX_IMPORT_FILE_NAME = 200;
export const POSTS_PER_IMPORT_EVENT = 250;

const existing = (state: EstablishmentState, postId: string): PostFields => {
  const post = state.posts[postId];
  if (!post) throw notFound('POST_NOT_FOUND', 'This post is not in the establishment; it may have been removed.', { postId });
  return post;
};

const requireFreeReference = (state: EstablishmentState, post: PostFields) => {
  const holder = postByReference(state, post.reference);
  if (holder && holder.postId !== post.postId) {
    throw invalid('POST_REFERENCE_TAKEN', `Another post already has the reference "${holder.reference}". Each post in a council needs its own reference.`, {
      field: 'reference',
      reference: post.reference,
    });
  }
};

const addPost = ({ data }: AddPost, state: EstablishmentState): EstablishmentEvent => {
  const post = validatePost(data.post, data);
  if (state.posts[post.postId]) throw conflict('POST_ALREADY_EXISTS', `Post ${post.reference} has already been added.`, { postId: post.postId });
  requireFreeReference(state, post);
  return { type: 'PostAdded', data: post };
};

const updatePost = ({ data }: UpdatePost, state: EstablishmentState): EstablishmentEvent[] => {
  const before = existing(state, requireKey('postId', data.post.postId));
  const post = validatePost(data.post, data);
  requireFreeReference(state, post);
  return samePost(before, post) ? [] : [{ type: 'PostUpdated', data: post }];
};

const removePost = ({ data }: RemovePost, state: EstablishmentState): EstablishmentEvent => {
  const post = existing(state, data.postId);
  return { type: 'PostRemoved', data: { postId: post.postId, reference: post.reference } };
};

// All or nothing: one problem anywhere rejects the whole sheet, listing every problem found.
// A re-import matches posts by reference and updates them in place, keeping their ids. Posts that
// are missing from the sheet are deliberately NOT removed: a partial sheet (one directorate, say)
// must not wipe out the rest of the establishment. Removal is an explicit RemovePost.
const importPosts = ({ data }: ImportPosts, state: EstablishmentState): EstablishmentEvent[] => {
  const importId = requireKey('importId', data.importId);
  const fileName = requireText('fileName', data.fileName, { max: MAX_IMPORT_FILE_NAME });
  const postIdsByReference = { ...data.postIdsByReference, ...state.postIdByReference };
  const { posts, problems } = parsePostRows(data.rows, { ...data, postIdsByReference });
  if (problems.length === 0 && posts.length === 0) {
    problems.push({ row: 2, column: '', value: '', reason: 'The sheet has no posts under the header row.' });
  }
  if (problems.length > 0) {
    const rows = new Set(problems.map((p) => p.row)).size;
    const summary = rows === 1 ? '1 row has problems' : `${rows} rows have problems`;
    throw invalid('IMPORT_REJECTED', `${summary}; nothing was imported. Fix them and import the sheet again.`, { problems });
  }
  const changed: PostFields[] = [];
  let created = 0;
  let updated = 0;
  for (const post of posts) {
    const before = postByReference(state, post.reference);
    if (!before && state.posts[post.postId]) {
      throw conflict('POST_ALREADY_EXISTS', `Post id ${post.postId} is already used by post ${state.posts[post.postId].reference}.`, {
        postId: post.postId,
      });
    }
    if (!before) created += 1;
    else if (!samePost(before, post)) updated += 1;
    else continue;
    changed.push(post);
  }
  const chunks: PostsImported[] = [];
  for (let i = 0; i < changed.length; i += POSTS_PER_IMPORT_EVENT) {
    chunks.push({ type: 'PostsImported', data: { importId, posts: changed.slice(i, i + POSTS_PER_IMPORT_EVENT) } });
  }
  const summary = { importId, fileName, rowCount: posts.length, created, updated, unchanged: posts.length - created - updated };
  return [{ type: 'EstablishmentImported', data: summary }, ...chunks];
};

export const decideEstablishment = (command: EstablishmentCommand, state: EstablishmentState): EstablishmentEvent[] => {
  switch (command.type) {
    case 'AddPost':
      return [addPost(command, state)];
    case 'UpdatePost':
      return updatePost(command, state);
    case 'RemovePost':
      return [removePost(command, state)];
    case 'ImportPosts':
      return importPosts(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown establishment command ${(unknown as { type: string }).type}`);
    }
  }
};

export const establishmentDecider: Decider<EstablishmentCommand, EstablishmentEvent, EstablishmentState> = {
  decide: decideEstablishment,
  evolve: evolveEstablishment,
  initialState: initialEstablishmentState,
};

import type { Command } from '../shared/decider';
import type { PostFields, PostRow } from './post';

export type KnownService = { serviceId: string; name: string };

export type AddPost = Command<'AddPost', { post: PostFields; knownServiceIds: string[]; allowPostholderNames: boolean }>;
export type UpdatePost = Command<'UpdatePost', { post: PostFields; knownServiceIds: string[]; allowPostholderNames: boolean }>;
export type RemovePost = Command<'RemovePost', { postId: string }>;
export type ImportPosts = Command<
  'ImportPosts',
  {
    importId: string;
    fileName: string;
    rows: PostRow[];
    // Upper-cased reference → postId, pre-assigned by the API for every row. Posts that already
    // exist keep the id they have in the establishment.
    postIdsByReference: Record<string, string>;
    knownServices: KnownService[];
    allowPostholderNames: boolean;
  }
>;

export type EstablishmentCommand = AddPost | UpdatePost | RemovePost | ImportPosts;

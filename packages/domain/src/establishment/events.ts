import type { DomainEvent } from '../shared/decider';
import type { PostFields } from './post';

export type PostAdded = DomainEvent<'PostAdded', PostFields>;
export type PostUpdated = DomainEvent<'PostUpdated', PostFields>;
export type PostRemoved = DomainEvent<'PostRemoved', { postId: string; reference: string }>;
// One import is one EstablishmentImported followed by PostsImported chunks, appended together.
export type EstablishmentImported = DomainEvent<
  'EstablishmentImported',
  { importId: string; fileName: string; rowCount: number; created: number; updated: number; unchanged: number }
>;
export type PostsImported = DomainEvent<'PostsImported', { importId: string; posts: PostFields[] }>;

export type EstablishmentEvent = PostAdded | PostUpdated | PostRemoved | EstablishmentImported | PostsImported;

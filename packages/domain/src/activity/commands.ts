import type { Command } from '../shared/decider';
import type { ActivityInput, ActivityShare } from './taxonomy';

export type SeedTaxonomy = Command<'SeedTaxonomy', { activities: ActivityInput[] }>;
export type AddActivity = Command<'AddActivity', ActivityInput>;
export type RenameActivity = Command<'RenameActivity', { activityId: string; name: string }>;
export type RetireActivity = Command<'RetireActivity', { activityId: string }>;
// Applying a tenant template: allowed at any time, the old activities give way to the new tree.
export type ReplaceTaxonomy = Command<'ReplaceTaxonomy', { activities: ActivityInput[]; fromTemplateId: string | null }>;
export type TaxonomyCommand = SeedTaxonomy | AddActivity | RenameActivity | RetireActivity | ReplaceTaxonomy;

export type PostShares = { postId: string; shares: ActivityShare[] };

export type SubmitActivityReturn = Command<
  'SubmitActivityReturn',
  {
    returnId: string;
    programmeId: string;
    serviceId: string;
    posts: PostShares[];
    servicePosts: { postId: string; reference: string }[]; // the posts of that service now
    activeActivityIds: string[];
    actorServiceId: string | null; // the service of the acting service director, from the token
  }
>;
export type ActivityReturnCommand = SubmitActivityReturn;

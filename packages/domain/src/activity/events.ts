import type { DomainEvent, Role } from '../shared/decider';
import type { PostShares } from './commands';
import type { ActivityInput } from './taxonomy';

export type TaxonomySeeded = DomainEvent<'TaxonomySeeded', { activities: ActivityInput[] }>;
export type ActivityAdded = DomainEvent<'ActivityAdded', ActivityInput>;
export type ActivityRenamed = DomainEvent<'ActivityRenamed', { activityId: string; name: string }>;
// The activity and every active descendant, retired together.
export type ActivityRetired = DomainEvent<'ActivityRetired', { activityIds: string[] }>;
export type TaxonomyReplaced = DomainEvent<'TaxonomyReplaced', { activities: ActivityInput[]; fromTemplateId: string | null }>;
export type TaxonomyEvent = TaxonomySeeded | ActivityAdded | ActivityRenamed | ActivityRetired | TaxonomyReplaced;

export type ActivityReturnSubmitted = DomainEvent<
  'ActivityReturnSubmitted',
  { returnId: string; programmeId: string; serviceId: string; posts: PostShares[]; submittedByRole: Role }
>;
export type ActivityReturnEvent = ActivityReturnSubmitted;

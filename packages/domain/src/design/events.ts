import type { DomainEvent } from '../shared/decider';
import type { CivilDate } from '../shared/values';
import type { DesignPost } from './design-post';

// The design of the new function: options side by side, one of them chosen. One stream per programme.
export const FUNCTION_DESIGN_STREAM_CATEGORY = 'functionDesign';

export type DesignOptionDrafted = DomainEvent<
  'DesignOptionDrafted',
  { optionId: string; name: string; description: string; copiedFromOptionId: string | null; posts: DesignPost[] }
>;
export type DesignOptionRenamed = DomainEvent<'DesignOptionRenamed', { optionId: string; name: string; description: string }>;
export type DesignPostAdded = DomainEvent<'DesignPostAdded', { optionId: string; post: DesignPost }>;
// `changed` names the fields that moved; `refinesChosenOption` marks a change made after the choice.
export type DesignPostRevised = DomainEvent<
  'DesignPostRevised',
  { optionId: string; post: DesignPost; changed: (keyof DesignPost)[]; refinesChosenOption: boolean }
>;
// The removed post's direct reports now report to its manager (null: they become heads).
export type DesignPostRemoved = DomainEvent<
  'DesignPostRemoved',
  { optionId: string; designPostId: string; reassignedReports: string[]; reportsNowTo: string | null; refinesChosenOption: boolean }
>;
export type DesignOptionChosen = DomainEvent<'DesignOptionChosen', { optionId: string; reason: string; previousOptionId: string | null }>;

export type FunctionGoLiveDateSet = DomainEvent<'FunctionGoLiveDateSet', { goLiveDate: CivilDate; reason: string; previousGoLiveDate: CivilDate | null }>;

export type FunctionDesignEvent =
  DesignOptionDrafted | DesignOptionRenamed | DesignPostAdded | DesignPostRevised | DesignPostRemoved | DesignOptionChosen | FunctionGoLiveDateSet;

import type { Command } from '../shared/decider';
import type { DesignPostInput } from './design-post';

export type DraftDesignOption = Command<
  'DraftDesignOption',
  {
    optionId: string;
    name: string;
    description: string;
    copyFromOptionId: string | null;
    // Old designPostId → new designPostId for every post of the copied option; the API makes the ids.
    newIds: Record<string, string>;
  }
>;
export type RenameDesignOption = Command<'RenameDesignOption', { optionId: string; name: string; description?: string }>;
export type AddDesignPost = Command<'AddDesignPost', { optionId: string; post: DesignPostInput }>;
export type ReviseDesignPost = Command<'ReviseDesignPost', { optionId: string; post: DesignPostInput }>;
export type RemoveDesignPost = Command<'RemoveDesignPost', { optionId: string; designPostId: string }>;
export type ChooseDesignOption = Command<'ChooseDesignOption', { optionId: string; reason: string }>;

// The date the new function starts: costs and funding run from it (part-year in its first year).
export type SetFunctionGoLiveDate = Command<'SetFunctionGoLiveDate', { goLiveDate: string; reason: string }>;

export type FunctionDesignCommand =
  DraftDesignOption | RenameDesignOption | AddDesignPost | ReviseDesignPost | RemoveDesignPost | ChooseDesignOption | SetFunctionGoLiveDate;

import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { requireCivilDate, requireText } from '../shared/values';
import type {
  AddDesignPost,
  ChooseDesignOption,
  DraftDesignOption,
  FunctionDesignCommand,
  RemoveDesignPost,
  RenameDesignOption,
  ReviseDesignPost,
  SetFunctionGoLiveDate,
} from './commands';
import {
  changedDesignFields,
  MAX_CHOICE_REASON,
  MAX_DESIGN_OPTIONS,
  MAX_OPTION_DESCRIPTION,
  MAX_OPTION_NAME,
  MAX_POSTS_PER_OPTION,
  requireDesignKey,
  sameOptionName,
  validateDesignPost,
  type DesignOption,
  type DesignPost,
} from './design-post';
import type { FunctionDesignEvent } from './events';
import { evolveFunctionDesign, initialFunctionDesignState, type FunctionDesignState } from './state';

const findOption = (state: FunctionDesignState, optionId: string): DesignOption => {
  const option = state.options.find((o) => o.optionId === optionId);
  if (!option) throw notFound('OPTION_NOT_FOUND', 'This design option is not in the function design.', { optionId });
  return option;
};

const findPost = (option: DesignOption, designPostId: string): DesignPost => {
  const post = option.posts.find((p) => p.designPostId === designPostId);
  if (!post) throw notFound('DESIGN_POST_NOT_FOUND', `Option "${option.name}" has no such post.`, { optionId: option.optionId, designPostId });
  return post;
};

const requireNameFree = (state: FunctionDesignState, name: string, exceptId?: string) => {
  if (state.options.some((o) => o.optionId !== exceptId && sameOptionName(o.name, name))) {
    throw invalid('OPTION_NAME_TAKEN', `Another option is already called "${name}". Give each option its own name.`, { field: 'name' });
  }
};

// Post ids are unique across the whole design, so a reassignment can name a to-be post on its own.
const requireIdFree = (state: FunctionDesignState, designPostId: string) => {
  const holder = state.options.find((o) => o.posts.some((p) => p.designPostId === designPostId));
  if (holder) {
    throw conflict('DESIGN_POST_ALREADY_EXISTS', `A post with this id is already in option "${holder.name}".`, { designPostId });
  }
};

// The manager must be a post of the same option, and following managers upwards must never come
// back to the post itself.
const requireReportingLine = (option: DesignOption, post: DesignPost) => {
  if (post.reportsTo === null) return;
  const managers = new Map(option.posts.map((p) => [p.designPostId, p.reportsTo]));
  managers.set(post.designPostId, post.reportsTo);
  if (!managers.has(post.reportsTo)) {
    throw notFound('DESIGN_POST_NOT_FOUND', `${post.title} cannot report to a post that is not in option "${option.name}".`, {
      field: 'reportsTo',
      reportsTo: post.reportsTo,
    });
  }
  const seen = new Set<string>();
  for (let at: string | null | undefined = post.reportsTo; at != null && !seen.has(at); at = managers.get(at)) {
    if (at === post.designPostId) {
      throw invalid('REPORTING_CYCLE', `${post.title} cannot report to ${post.reportsTo === post.designPostId ? 'itself' : 'a post that reports to it'}.`, {
        field: 'reportsTo',
        designPostId: post.designPostId,
      });
    }
    seen.add(at);
  }
};

const chosen = (state: FunctionDesignState, optionId: string) => state.chosenOptionId === optionId;

const draftOption = ({ data }: DraftDesignOption, state: FunctionDesignState): FunctionDesignEvent => {
  const optionId = requireDesignKey('optionId', data.optionId);
  const name = requireText('name', data.name, { max: MAX_OPTION_NAME });
  const description = requireText('description', data.description ?? '', { min: 0, max: MAX_OPTION_DESCRIPTION });
  if (state.options.some((o) => o.optionId === optionId)) throw conflict('OPTION_ALREADY_EXISTS', `Option "${name}" has already been drafted.`, { optionId });
  if (state.options.length >= MAX_DESIGN_OPTIONS) {
    throw invalid('TOO_MANY_OPTIONS', `A design can have at most ${MAX_DESIGN_OPTIONS} options.`, { max: MAX_DESIGN_OPTIONS });
  }
  requireNameFree(state, name);
  const source = data.copyFromOptionId == null ? null : findOption(state, data.copyFromOptionId);
  const newIds = data.newIds ?? {};
  const missing = (source?.posts ?? []).filter((p) => typeof newIds[p.designPostId] !== 'string');
  const targets = (source?.posts ?? []).map((p) => newIds[p.designPostId]);
  if (missing.length > 0 || new Set(targets).size !== targets.length) {
    throw invalid('COPY_IDS_INCOMPLETE', 'Every copied post needs its own new id; ask for the copy again.', {
      missing: missing.map((p) => p.designPostId),
    });
  }
  for (const id of targets) requireIdFree(state, requireDesignKey('newIds', id));
  const posts = (source?.posts ?? []).map((p) => ({ ...p, designPostId: newIds[p.designPostId], reportsTo: p.reportsTo && newIds[p.reportsTo] }));
  return { type: 'DesignOptionDrafted', data: { optionId, name, description, copiedFromOptionId: source?.optionId ?? null, posts } };
};

const renameOption = ({ data }: RenameDesignOption, state: FunctionDesignState): FunctionDesignEvent[] => {
  const option = findOption(state, data.optionId);
  const name = requireText('name', data.name, { max: MAX_OPTION_NAME });
  const description =
    data.description === undefined ? option.description : requireText('description', data.description, { min: 0, max: MAX_OPTION_DESCRIPTION });
  if (name === option.name && description === option.description) return [];
  requireNameFree(state, name, option.optionId);
  return [{ type: 'DesignOptionRenamed', data: { optionId: option.optionId, name, description } }];
};

const addPost = ({ data }: AddDesignPost, state: FunctionDesignState): FunctionDesignEvent => {
  const option = findOption(state, data.optionId);
  const post = validateDesignPost(data.post);
  requireIdFree(state, post.designPostId);
  if (option.posts.length >= MAX_POSTS_PER_OPTION) {
    throw invalid('OPTION_TOO_LARGE', `An option can have at most ${MAX_POSTS_PER_OPTION} posts.`, { max: MAX_POSTS_PER_OPTION });
  }
  requireReportingLine(option, post);
  return { type: 'DesignPostAdded', data: { optionId: option.optionId, post } };
};

const revisePost = ({ data }: ReviseDesignPost, state: FunctionDesignState): FunctionDesignEvent[] => {
  const option = findOption(state, data.optionId);
  const before = findPost(option, requireDesignKey('designPostId', data.post?.designPostId));
  const post = validateDesignPost(data.post);
  const changed = changedDesignFields(before, post);
  if (changed.length === 0) return [];
  requireReportingLine(option, post);
  return [{ type: 'DesignPostRevised', data: { optionId: option.optionId, post, changed, refinesChosenOption: chosen(state, option.optionId) } }];
};

// The chosen option keeps at least one post, as it needed one to be chosen.
const removePost = ({ data }: RemoveDesignPost, state: FunctionDesignState): FunctionDesignEvent => {
  const option = findOption(state, data.optionId);
  const post = findPost(option, data.designPostId);
  const refinesChosenOption = chosen(state, option.optionId);
  if (refinesChosenOption && option.posts.length === 1) {
    throw invalid('OPTION_EMPTY', `"${post.title}" is the last post of the chosen option; add another post before removing it.`, {
      optionId: option.optionId,
    });
  }
  const reassignedReports = option.posts.filter((p) => p.reportsTo === post.designPostId).map((p) => p.designPostId);
  return {
    type: 'DesignPostRemoved',
    data: { optionId: option.optionId, designPostId: post.designPostId, reassignedReports, reportsNowTo: post.reportsTo, refinesChosenOption },
  };
};

const chooseOption = ({ data }: ChooseDesignOption, state: FunctionDesignState): FunctionDesignEvent[] => {
  const option = findOption(state, data.optionId);
  const reason = requireText('reason', data.reason, { max: MAX_CHOICE_REASON });
  if (option.posts.length === 0) {
    throw invalid('OPTION_EMPTY', `Option "${option.name}" has no posts yet; add its posts before choosing it.`, { optionId: option.optionId });
  }
  if (chosen(state, option.optionId)) return [];
  return [{ type: 'DesignOptionChosen', data: { optionId: option.optionId, reason, previousOptionId: state.chosenOptionId } }];
};

// A go-live is a decision with its reason; the same date again records nothing.
const setGoLive = ({ data }: SetFunctionGoLiveDate, state: FunctionDesignState): FunctionDesignEvent[] => {
  const goLiveDate = requireCivilDate('goLiveDate', data.goLiveDate);
  const reason = requireText('reason', data.reason, { max: MAX_CHOICE_REASON });
  if (goLiveDate === state.goLiveDate) return [];
  return [{ type: 'FunctionGoLiveDateSet', data: { goLiveDate, reason, previousGoLiveDate: state.goLiveDate } }];
};

export const decideFunctionDesign = (command: FunctionDesignCommand, state: FunctionDesignState): FunctionDesignEvent[] => {
  switch (command.type) {
    case 'DraftDesignOption':
      return [draftOption(command, state)];
    case 'RenameDesignOption':
      return renameOption(command, state);
    case 'AddDesignPost':
      return [addPost(command, state)];
    case 'ReviseDesignPost':
      return revisePost(command, state);
    case 'RemoveDesignPost':
      return [removePost(command, state)];
    case 'ChooseDesignOption':
      return chooseOption(command, state);
    case 'SetFunctionGoLiveDate':
      return setGoLive(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown function design command ${(unknown as { type: string }).type}`);
    }
  }
};

export const functionDesignDecider: Decider<FunctionDesignCommand, FunctionDesignEvent, FunctionDesignState> = {
  decide: decideFunctionDesign,
  evolve: evolveFunctionDesign,
  initialState: initialFunctionDesignState,
};

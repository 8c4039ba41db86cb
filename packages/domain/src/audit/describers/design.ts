// The function design, grading and the Design Authority.
import { nameOf } from '../lexicon';
import { actorPhrase as who, count, fte, humanise, money, quoted } from '../phrases';
import type { Describers } from './types';

const option = (id: string, l: Parameters<typeof nameOf>[0]) => quoted(nameOf(l, id, 'unnamed option'));

export const designDescribers = {
  DesignOptionDrafted: (e, l) =>
    `${who(e, l)} drafted the design option ${quoted(e.data.name)} with ${count(e.data.posts.length, 'post')}${e.data.copiedFromOptionId ? `, copied from ${option(e.data.copiedFromOptionId, l)}` : ''}`,
  DesignOptionRenamed: (e, l) => `${who(e, l)} renamed the design option ${option(e.data.optionId, l)} to ${quoted(e.data.name)}`,
  DesignPostAdded: (e, l) =>
    `${who(e, l)} added the post ${quoted(e.data.post.title)} (grade ${e.data.post.grade}, ${fte(e.data.post.fte)}, ${money(e.data.post.indicativeCostPence)}) to ${option(e.data.optionId, l)}`,
  DesignPostRevised: (e, l) =>
    `${who(e, l)} revised the post ${quoted(nameOf(l, e.data.post.designPostId, e.data.post.title))} in ${option(e.data.optionId, l)}: ${(e.data.changed as string[]).map(humanise).join(', ') || 'no field'} changed${e.data.refinesChosenOption ? ' (after the option was chosen)' : ''}`,
  DesignPostRemoved: (e, l) =>
    `${who(e, l)} removed the post ${quoted(nameOf(l, e.data.designPostId, 'unnamed'))} from ${option(e.data.optionId, l)}${e.data.reassignedReports.length ? `; ${count(e.data.reassignedReports.length, 'report')} now report to ${nameOf(l, e.data.reportsNowTo, 'nobody (they became heads)')}` : ''}`,
  DesignOptionChosen: (e, l) =>
    `${who(e, l)} chose the design option ${option(e.data.optionId, l)}${e.data.previousOptionId ? ` instead of ${option(e.data.previousOptionId, l)}` : ''}: ${e.data.reason}`,
  GradeStructureSet: (e, l) => `${who(e, l)} set the grade structure from ${e.data.effectiveFrom}: ${count(e.data.grades.length, 'grade')}`,
  JobDescriptionDrafted: (e, l) =>
    `${who(e, l)} drafted version ${e.data.version} of the job description for ${quoted(nameOf(l, e.data.designPostId, 'a post'))}`,
  JobDescriptionApproved: (e, l) =>
    `${who(e, l)} approved version ${e.data.version} of the job description for ${quoted(nameOf(l, l.jdPosts.get(e.streamName), 'a post'))}`,
  JobDescriptionChangesRequested: (e, l) =>
    `${who(e, l)} asked for changes to version ${e.data.version} of the job description for ${quoted(nameOf(l, l.jdPosts.get(e.streamName), 'a post'))}: ${e.data.note}`,
  JobEvaluationRecorded: (e, l) =>
    `${who(e, l)} recorded the job evaluation of ${quoted(nameOf(l, l.jdPosts.get(e.streamName), 'a post'))}: ${e.data.score} points (${humanise(e.data.scheme).toUpperCase()}), grade ${e.data.grade}, SCP ${e.data.minScp}–${e.data.maxScp}, panel ${e.data.panelDate}`,
  JobEvaluationApproved: (e, l) => `${who(e, l)} approved grade ${e.data.grade} for ${quoted(nameOf(l, l.jdPosts.get(e.streamName), 'a post'))}`,
  DesignAuthoritySubmitted: (e, l) =>
    `${who(e, l)} submitted the design option ${quoted(e.data.snapshot?.option?.name ?? 'unnamed')} to the Design Authority${e.data.supersedes ? ', replacing the previous submission' : ''}`,
  DesignAuthorityDecided: (e, l) =>
    `${who(e, l)} recorded the Design Authority decision of ${e.data.meetingDate}: ${humanise(e.data.decision)}${e.data.conditions.length ? ` with ${count(e.data.conditions.length, 'condition')}` : ''}${e.data.reasons ? ` — ${e.data.reasons}` : ''}`,
  ConditionDischarged: (e, l) => `${who(e, l)} discharged a Design Authority condition on ${e.data.dischargedOn}: ${e.data.evidence}`,
} satisfies Describers;

import {
  GRADE_STRUCTURE_STREAM_CATEGORY,
  gradeStructureDecider,
  JOB_DESCRIPTION_STREAM_CATEGORY,
  jobDescriptionStreamId,
  postGradingDecider,
  requireId,
  type CommandMetadata,
  type GradeBand,
  type GradeStructure,
  type JobDescriptionContent,
  type JobEvaluationScheme,
  type GradeStructureCommand,
  type PostGradingCommand,
} from '@orgledger/domain';
import { notFound } from '../platform/api-errors';
import { streamName } from '@orgledger/event-store';
import { commandHandler, type Undated } from '../platform/command-handler';
import { loadState } from '../platform/load-state';
import { authorsOf } from '../platform/authors';
import { functionDesignStream } from '../design';
import type { Deps } from '../platform/app-context';
import { functionDesignDecider } from '@orgledger/domain';

export const gradeStructureStream = (tenantId: string, authorityId: string) => streamName(GRADE_STRUCTURE_STREAM_CATEGORY, tenantId, authorityId);
export const jobDescriptionStream = (tenantId: string, programmeId: string, designPostId: string) =>
  streamName(JOB_DESCRIPTION_STREAM_CATEGORY, tenantId, jobDescriptionStreamId(programmeId, designPostId));

export type GradingScope = { programmeId: string; authorityId: string };
// The actor's own authority (a portal user's), so only that council's HR partner signs off.
export type Actor = { actorAuthorityId: string | null };

// One grade structure stream per authority; one job description stream per design post.
export class GradeStructureHandler extends commandHandler(gradeStructureDecider, (command: GradeStructureCommand, at: { authorityId: string }) =>
  gradeStructureStream(command.metadata.tenantId, at.authorityId),
) {}
export class PostGradingHandler extends commandHandler(postGradingDecider, (command: PostGradingCommand, at: GradingScope & { designPostId: string }) =>
  jobDescriptionStream(command.metadata.tenantId, at.programmeId, at.designPostId),
) {}

export const gradeStructuresOf = async (deps: Pick<Deps, 'store'>, tenantId: string, authorityId: string): Promise<GradeStructure[]> =>
  (await loadState(deps.store, gradeStructureStream(tenantId, authorityId), gradeStructureDecider)).structures;

export const setGradeStructure = async (
  deps: Deps,
  meta: CommandMetadata,
  input: { authorityId: string; effectiveFrom: string; grades: GradeBand[] } & Actor,
) => {
  const authorityId = requireId('authorityId', input.authorityId);
  const data = { authorityId, actorAuthorityId: input.actorAuthorityId, effectiveFrom: input.effectiveFrom, grades: input.grades };
  await deps.send(GradeStructureHandler, { type: 'SetGradeStructure', data, metadata: meta }, { authorityId });
};

// A JD is written for a post of the chosen design option; any other id is NOT_FOUND.
export const requireChosenPost = async (deps: Deps, tenantId: string, programmeId: string, designPostId: string) => {
  const id = requireId('designPostId', designPostId);
  const design = await loadState(deps.store, functionDesignStream(tenantId, programmeId), functionDesignDecider);
  const chosen = design.options.find((o) => o.optionId === design.chosenOptionId);
  const post = chosen?.posts.find((p) => p.designPostId === id);
  if (!post) throw notFound('DESIGN_POST_NOT_FOUND', `There is no post with id ${id} in the chosen design option of this programme.`, { designPostId: id });
  return post;
};

const run = async (deps: Deps, meta: CommandMetadata, scope: GradingScope, designPostId: string, command: Undated<PostGradingCommand>) => {
  const post = await requireChosenPost(deps, meta.tenantId, scope.programmeId, designPostId);
  await deps.send(PostGradingHandler, { ...command, metadata: meta }, { ...scope, designPostId: post.designPostId });
  return post.designPostId;
};

const authority = (scope: GradingScope, actor: Actor) => ({ programmeAuthorityId: scope.authorityId, actorAuthorityId: actor.actorAuthorityId });

export const draftJobDescription = (
  deps: Deps,
  meta: CommandMetadata,
  scope: GradingScope,
  actor: Actor,
  designPostId: string,
  content: JobDescriptionContent,
) => run(deps, meta, scope, designPostId, { type: 'DraftJobDescription', data: { ...authority(scope, actor), designPostId, ...content } });

// Who drafted the post's JD or recorded its evaluation: an HR partner they invited may not approve them.
const gradingAuthors = async (deps: Deps, meta: CommandMetadata, scope: GradingScope, designPostId: string) => {
  const post = await requireChosenPost(deps, meta.tenantId, scope.programmeId, designPostId); // an unknown id is NOT_FOUND first
  const stream = jobDescriptionStream(meta.tenantId, scope.programmeId, post.designPostId);
  return authorsOf(deps.store, stream, (e) => e.type === 'JobDescriptionDrafted' || e.type === 'JobEvaluationRecorded');
};

export const approveJobDescription = async (deps: Deps, meta: CommandMetadata, scope: GradingScope, actor: Actor, designPostId: string, version: number) =>
  run(deps, meta, scope, designPostId, {
    type: 'ApproveJobDescription',
    data: { ...authority(scope, actor), version, authorIds: await gradingAuthors(deps, meta, scope, designPostId) },
  });

export const requestJobDescriptionChanges = (
  deps: Deps,
  meta: CommandMetadata,
  scope: GradingScope,
  actor: Actor,
  designPostId: string,
  input: { version: number; note: string },
) => run(deps, meta, scope, designPostId, { type: 'RequestJobDescriptionChanges', data: { ...authority(scope, actor), ...input } });

export const recordJobEvaluation = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: GradingScope,
  actor: Actor,
  designPostId: string,
  input: { scheme: JobEvaluationScheme; score: number; panelDate: string; moderated: boolean; resultingGrade: string },
) => {
  // Every version of the council's grade structure: the domain uses the one in force on the panel date.
  const gradeStructures = await gradeStructuresOf(deps, meta.tenantId, scope.authorityId);
  return run(deps, meta, scope, designPostId, { type: 'RecordJobEvaluation', data: { ...authority(scope, actor), ...input, gradeStructures } });
};

export const approveJobEvaluation = async (deps: Deps, meta: CommandMetadata, scope: GradingScope, actor: Actor, designPostId: string) =>
  run(deps, meta, scope, designPostId, {
    type: 'ApproveJobEvaluation',
    data: { ...authority(scope, actor), authorIds: await gradingAuthors(deps, meta, scope, designPostId) },
  });

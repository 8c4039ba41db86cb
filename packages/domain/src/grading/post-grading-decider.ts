import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { requireNotSponsoredByAuthor } from '../shared/separation';
import { civilDateOf, requireCivilDate, requireText } from '../shared/values';
import { requireGradingAuthor, requireHrPartner } from './access';
import {
  JOB_EVALUATION_SCHEMES,
  type ApproveJobDescription,
  type ApproveJobEvaluation,
  type DraftJobDescription,
  type JobEvaluationScheme,
  type PostGradingCommand,
  type RecordJobEvaluation,
  type RequestJobDescriptionChanges,
} from './commands';
import type { JobEvaluationRecorded, PostGradingEvent } from './events';
import { gradeOn } from './grade-structure';
import { sameJobDescriptionContent, validateJobDescriptionContent } from './job-description';
import { evolvePostGrading, initialPostGradingState, latestJobDescription, type JobDescriptionVersion, type PostGradingState } from './state';

export const jobEvaluationSchemes: readonly JobEvaluationScheme[] = JOB_EVALUATION_SCHEMES;
export const MAX_JE_SCORE = 10_000;
export const MAX_JD_CHANGE_NOTE = 2000;

const requireDrafted = (state: PostGradingState): JobDescriptionVersion => {
  const latest = latestJobDescription(state);
  if (!latest) throw notFound('JD_NOT_DRAFTED', 'This post has no job description yet; draft one first.');
  return latest;
};

// Sign-off and change requests apply to the latest version only, so nobody approves text that has
// since been rewritten.
const requireLatestVersion = (state: PostGradingState, version: unknown): JobDescriptionVersion => {
  const latest = requireDrafted(state);
  const found = state.versions.find((v) => v.version === version);
  if (!found) {
    throw notFound('JD_VERSION_NOT_FOUND', `There is no version ${String(version)} of this job description; the latest is version ${latest.version}.`, {
      version,
    });
  }
  if (found.version !== latest.version) {
    throw conflict(
      'JD_VERSION_SUPERSEDED',
      `Version ${found.version} of this job description has been superseded by version ${latest.version}; review version ${latest.version} instead.`,
      { version: found.version, latest: latest.version },
    );
  }
  return latest;
};

const draft = ({ data, metadata }: DraftJobDescription, state: PostGradingState): PostGradingEvent[] => {
  requireGradingAuthor(metadata, data, 'draft a job description');
  const designPostId = typeof data.designPostId === 'string' ? data.designPostId.trim() : '';
  if (designPostId === '' || designPostId.length > 100)
    throw invalid('INVALID_ID', 'Design post id must be an id of 1 to 100 characters.', { field: 'designPostId' });
  if (state.designPostId !== null && state.designPostId !== designPostId) {
    throw invalid('JD_POST_MISMATCH', 'This job description belongs to another design post; open the JD of the post you mean.', { designPostId });
  }
  const content = validateJobDescriptionContent(data);
  const latest = latestJobDescription(state);
  if (latest && sameJobDescriptionContent(latest, content)) return [];
  return [{ type: 'JobDescriptionDrafted', data: { designPostId, version: (latest?.version ?? 0) + 1, ...content } }];
};

const approve = ({ data, metadata }: ApproveJobDescription, state: PostGradingState): PostGradingEvent[] => {
  requireHrPartner(metadata, data, 'JD_APPROVER_NOT_HR_PARTNER', 'approve a job description');
  requireNotSponsoredByAuthor(metadata, data.authorIds, 'GRADING_APPROVER_INVITED_BY_AUTHOR', 'this job description');
  const latest = requireLatestVersion(state, data.version);
  return latest.status === 'approved' ? [] : [{ type: 'JobDescriptionApproved', data: { version: latest.version } }];
};

const requestChanges = ({ data, metadata }: RequestJobDescriptionChanges, state: PostGradingState): PostGradingEvent[] => {
  requireHrPartner(metadata, data, 'JD_APPROVER_NOT_HR_PARTNER', 'ask for changes to a job description');
  const latest = requireLatestVersion(state, data.version);
  const note = requireText('note', data.note, { max: MAX_JD_CHANGE_NOTE });
  if (latest.status === 'approved') {
    throw invalid('JD_ALREADY_APPROVED', `Version ${latest.version} is already approved; to change it, draft version ${latest.version + 1}.`, {
      version: latest.version,
    });
  }
  return [{ type: 'JobDescriptionChangesRequested', data: { version: latest.version, note } }];
};

const badEvaluation = (field: string, message: string) => invalid('INVALID_JOB_EVALUATION', message, { field });

const record = ({ data, metadata }: RecordJobEvaluation, state: PostGradingState): PostGradingEvent[] => {
  requireGradingAuthor(metadata, data, 'record a job evaluation');
  const latest = requireDrafted(state);
  if (!jobEvaluationSchemes.includes(data.scheme)) {
    throw badEvaluation(
      'scheme',
      `Scheme must be one of NJC JES (njc_jes), GLPC (glpc), Hay (hay) or a local scheme (local); got ${JSON.stringify(data.scheme)}.`,
    );
  }
  const { score } = data;
  if (typeof score !== 'number' || !Number.isSafeInteger(score) || score < 0 || score > MAX_JE_SCORE) {
    throw badEvaluation('score', `Score must be a whole number from 0 to ${MAX_JE_SCORE}; got ${String(score)}.`);
  }
  if (typeof data.moderated !== 'boolean') throw badEvaluation('moderated', 'Say whether the evaluation has been moderated (yes or no).');
  const panelDate = requireCivilDate('panelDate', data.panelDate);
  const today = civilDateOf(metadata.now);
  if (panelDate > today) throw badEvaluation('panelDate', `The panel date ${panelDate} is in the future; record the evaluation once the panel has met.`);
  const band = gradeOn(data.gradeStructures, data.resultingGrade, panelDate);
  const recorded: JobEvaluationRecorded['data'] = {
    jdVersion: latest.version,
    scheme: data.scheme,
    score,
    panelDate,
    moderated: data.moderated,
    grade: band.grade,
    minScp: band.minScp,
    maxScp: band.maxScp,
    gradeStructureEffectiveFrom: band.effectiveFrom,
  };
  const before = state.evaluation;
  const unchanged = before !== null && (Object.keys(recorded) as (keyof typeof recorded)[]).every((k) => recorded[k] === before[k]);
  return unchanged ? [] : [{ type: 'JobEvaluationRecorded', data: recorded }];
};

const approveEvaluation = ({ data, metadata }: ApproveJobEvaluation, state: PostGradingState): PostGradingEvent[] => {
  requireHrPartner(metadata, data, 'JE_APPROVER_NOT_HR_PARTNER', 'approve a job evaluation');
  requireNotSponsoredByAuthor(metadata, data.authorIds, 'GRADING_APPROVER_INVITED_BY_AUTHOR', 'this job evaluation');
  const latest = requireDrafted(state);
  const evaluation = state.evaluation;
  if (!evaluation) throw notFound('JE_NOT_RECORDED', 'No job evaluation has been recorded for this post yet; record the panel result first.');
  if (evaluation.jdVersion !== latest.version) {
    throw invalid(
      'JE_FOR_SUPERSEDED_JD',
      `The evaluation on record is of version ${evaluation.jdVersion} of the job description, which version ${latest.version} has replaced; evaluate version ${latest.version}.`,
      { jdVersion: evaluation.jdVersion, latest: latest.version },
    );
  }
  if (!evaluation.moderated) {
    throw invalid('JE_NOT_MODERATED', 'Only a moderated evaluation can be approved; have the panel result moderated and record it again.', {
      jdVersion: evaluation.jdVersion,
    });
  }
  if (evaluation.approved) return [];
  return [{ type: 'JobEvaluationApproved', data: { jdVersion: evaluation.jdVersion, grade: evaluation.grade } }];
};

export const decidePostGrading = (command: PostGradingCommand, state: PostGradingState): PostGradingEvent[] => {
  switch (command.type) {
    case 'DraftJobDescription':
      return draft(command, state);
    case 'ApproveJobDescription':
      return approve(command, state);
    case 'RequestJobDescriptionChanges':
      return requestChanges(command, state);
    case 'RecordJobEvaluation':
      return record(command, state);
    case 'ApproveJobEvaluation':
      return approveEvaluation(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown job description command ${(unknown as { type: string }).type}`);
    }
  }
};

export const postGradingDecider: Decider<PostGradingCommand, PostGradingEvent, PostGradingState> = {
  decide: decidePostGrading,
  evolve: evolvePostGrading,
  initialState: initialPostGradingState,
};

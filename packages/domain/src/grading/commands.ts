import type { Command } from '../shared/decider';
import type { CivilDate } from '../shared/values';
import type { GradeBand, GradeStructure } from './grade-structure';
import type { JobDescriptionContent } from './job-description';

// The API passes the authority that runs the programme and, for a portal user, the authority the
// user belongs to, so that only that council's HR partner can sign off.
export type AuthorityScope = { programmeAuthorityId: string; actorAuthorityId?: string | null };

export type SetGradeStructure = Command<
  'SetGradeStructure',
  { authorityId: string; actorAuthorityId?: string | null; effectiveFrom: CivilDate; grades: GradeBand[] }
>;
export type GradeStructureCommand = SetGradeStructure;

export const JOB_EVALUATION_SCHEMES = ['njc_jes', 'glpc', 'hay', 'local'] as const;
export type JobEvaluationScheme = (typeof JOB_EVALUATION_SCHEMES)[number];

export type DraftJobDescription = Command<'DraftJobDescription', AuthorityScope & JobDescriptionContent & { designPostId: string }>;
// `authorIds`: who drafted the JD or recorded the evaluation, read by the API from history.
type Authors = { authorIds?: string[] };
export type ApproveJobDescription = Command<'ApproveJobDescription', AuthorityScope & Authors & { version: number }>;
export type RequestJobDescriptionChanges = Command<'RequestJobDescriptionChanges', AuthorityScope & { version: number; note: string }>;
export type RecordJobEvaluation = Command<
  'RecordJobEvaluation',
  AuthorityScope & {
    scheme: JobEvaluationScheme;
    score: number;
    panelDate: CivilDate;
    moderated: boolean;
    resultingGrade: string;
    // Every version of the authority's grade structure (its gradeStructure stream); the domain
    // uses the one in force on the panel date.
    gradeStructures: GradeStructure[];
  }
>;
export type ApproveJobEvaluation = Command<'ApproveJobEvaluation', AuthorityScope & Authors>;

export type PostGradingCommand = DraftJobDescription | ApproveJobDescription | RequestJobDescriptionChanges | RecordJobEvaluation | ApproveJobEvaluation;

import type { DomainEvent } from '../shared/decider';
import type { CivilDate } from '../shared/values';
import type { JobEvaluationScheme } from './commands';
import type { GradeBand } from './grade-structure';
import type { JobDescriptionContent } from './job-description';

// One stream per authority: `gradeStructure-<tenantId>_<authorityId>`.
export const GRADE_STRUCTURE_STREAM_CATEGORY = 'gradeStructure';

export type GradeStructureSet = DomainEvent<'GradeStructureSet', { effectiveFrom: CivilDate; grades: GradeBand[] }>;
export type GradeStructureEvent = GradeStructureSet;

// One stream per design post of a programme holds its JD versions AND its job evaluation, so that
// "the evaluation is of the current JD" is decided inside one consistent stream:
// `jobDescription-<tenantId>_<programmeId>.<designPostId>`.
export const JOB_DESCRIPTION_STREAM_CATEGORY = 'jobDescription';
export const jobDescriptionStreamId = (programmeId: string, designPostId: string): string => `${programmeId}.${designPostId}`;

export type JobDescriptionDrafted = DomainEvent<'JobDescriptionDrafted', JobDescriptionContent & { designPostId: string; version: number }>;
export type JobDescriptionApproved = DomainEvent<'JobDescriptionApproved', { version: number }>;
export type JobDescriptionChangesRequested = DomainEvent<'JobDescriptionChangesRequested', { version: number; note: string }>;
// The band and the structure version it came from are recorded, so a replay shows the grade as it
// stood on the panel date even after the structure changes.
export type JobEvaluationRecorded = DomainEvent<
  'JobEvaluationRecorded',
  {
    jdVersion: number;
    scheme: JobEvaluationScheme;
    score: number;
    panelDate: CivilDate;
    moderated: boolean;
    grade: string;
    minScp: number;
    maxScp: number;
    gradeStructureEffectiveFrom: CivilDate;
  }
>;
export type JobEvaluationApproved = DomainEvent<'JobEvaluationApproved', { jdVersion: number; grade: string }>;

export type PostGradingEvent = JobDescriptionDrafted | JobDescriptionApproved | JobDescriptionChangesRequested | JobEvaluationRecorded | JobEvaluationApproved;

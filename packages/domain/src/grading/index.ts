export * from './grade-structure';
export * from './job-description';
export * from './commands';
export * from './events';
export { gradingErrorCodes, type GradingErrorCode } from './errors';
export * from './state';
export * from './grade-structure-decider';
export * from './post-grading-decider';
export * from './projections/post-grading';

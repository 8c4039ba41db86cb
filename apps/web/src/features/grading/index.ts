export { afterGrading, ApproveJobDescriptionDocument, ApproveJobEvaluationDocument, RequestJobDescriptionChangesDocument } from './api/grading.commands';
export { postGradingOptions, type PostGrading } from './api/grading.queries';
export { evaluationStatusLabel, jdStatusLabel } from './components/grading-labels';
export { EvaluationSummary, JobDescriptionSummary } from './components/job-description-summary';
export { PostNotFound } from './components/post-not-found';

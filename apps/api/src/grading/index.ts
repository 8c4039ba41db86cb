// What other slices use from grading: grade structures and each post's grading.
export { gradeStructuresOf } from './grading.commands';
export { postGradingModel } from './grading.projector';
export { gradingRowOf, postGradingOf } from './grading.read';

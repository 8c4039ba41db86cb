// What other slices use from handover: the task a recruitment plan waiting for acceptance makes.
export { recruitmentPlanAwaiting } from './handover.tasks';

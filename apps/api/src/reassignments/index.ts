// What other slices use from reassignments: its stream and rows.
export { reassignmentsStream } from './reassignments.commands';
export { reassignmentsModel } from './reassignments.projector';
export { reassignmentsRow } from './reassignments.read';

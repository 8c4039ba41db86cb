export { reassignmentKeys } from './api/reassignments.queries';

export { designAuthorityOptions } from './api/design-authority.queries';
export { ApprovalHeader } from './components/approval-header';
export { DecisionForm } from './components/decision-form';
export { ConditionsTable, DecisionRecord } from './components/decision-record';
export { DischargeForm } from './components/discharge-form';
export { GateStatus } from './components/gate-status';
export { SnapshotDetails } from './components/snapshot-details';

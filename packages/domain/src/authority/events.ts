import type { DomainEvent } from '../shared/decider';
import type { CivilDate } from '../shared/values';

export type AuthorityRegistered = DomainEvent<'AuthorityRegistered', { authorityId: string; name: string; kind: string }>;
export type DirectorateAdded = DomainEvent<'DirectorateAdded', { authorityId: string; directorateId: string; name: string }>;
export type ServiceAdded = DomainEvent<'ServiceAdded', { authorityId: string; serviceId: string; directorateId: string; name: string }>;
export type AuthorityEvent = AuthorityRegistered | DirectorateAdded | ServiceAdded;

// The stages in order. No event sets one: the stage is read from the decisions recorded in the
// other contexts (programme-stage.ts), so ProgrammeStarted's 'analysis' is only where it begins.
export const PROGRAMME_STAGES = ['analysis', 'funding', 'design', 'grading_and_costs', 'approval', 'consultation', 'handover', 'done'] as const;
export type ProgrammeStage = (typeof PROGRAMME_STAGES)[number];

export type ProgrammeStarted = DomainEvent<
  'ProgrammeStarted',
  { programmeId: string; authorityId: string; name: string; objective: string; startedOn: CivilDate }
>;
export type ProgrammeEvent = ProgrammeStarted;

export type AuthorityStructureEvent = AuthorityEvent | ProgrammeEvent;

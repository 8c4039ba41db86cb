import type { DomainEvent } from '../shared/decider';
import type { CivilDate } from '../shared/values';

export type AuthorityRegistered = DomainEvent<'AuthorityRegistered', { authorityId: string; name: string; kind: string }>;
export type DirectorateAdded = DomainEvent<'DirectorateAdded', { authorityId: string; directorateId: string; name: string }>;
export type ServiceAdded = DomainEvent<'ServiceAdded', { authorityId: string; serviceId: string; directorateId: string; name: string }>;
export type AuthorityEvent = AuthorityRegistered | DirectorateAdded | ServiceAdded;

// Later stages of a programme arrive as their own events (analysis → design → approval → …).
export type ProgrammeStage = 'analysis';

export type ProgrammeStarted = DomainEvent<
  'ProgrammeStarted',
  { programmeId: string; authorityId: string; name: string; objective: string; startedOn: CivilDate }
>;
export type ProgrammeEvent = ProgrammeStarted;

export type AuthorityStructureEvent = AuthorityEvent | ProgrammeEvent;

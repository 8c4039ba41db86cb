import type { CivilDate } from '../shared/values';
import type { AuthorityEvent, ProgrammeEvent, ProgrammeStage } from './events';

// Keyed by their own id names; the summary projection uses the shorter `{ id, name }` shape.
export type DirectorateEntry = { directorateId: string; name: string };
export type ServiceEntry = { serviceId: string; name: string; directorateId: string };

export type RegisteredAuthority = {
  status: 'registered';
  authorityId: string;
  name: string;
  kind: string;
  directorates: DirectorateEntry[];
  services: ServiceEntry[];
};
export type AuthorityState = { status: 'none' } | RegisteredAuthority;

export const initialAuthorityState: AuthorityState = { status: 'none' };

export const evolveAuthority = (state: AuthorityState, event: AuthorityEvent): AuthorityState => {
  if (event.type === 'AuthorityRegistered') {
    const { authorityId, name, kind } = event.data;
    return { status: 'registered', authorityId, name, kind, directorates: [], services: [] };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'DirectorateAdded':
      return { ...state, directorates: [...state.directorates, { directorateId: event.data.directorateId, name: event.data.name }] };
    case 'ServiceAdded': {
      const { serviceId, name, directorateId } = event.data;
      return { ...state, services: [...state.services, { serviceId, name, directorateId }] };
    }
    default:
      return state;
  }
};

export type ProgrammeState =
  | { status: 'none' }
  | {
      status: 'started';
      programmeId: string;
      authorityId: string;
      name: string;
      stage: ProgrammeStage;
      startedOn: CivilDate;
    };

export const initialProgrammeState: ProgrammeState = { status: 'none' };

export const evolveProgramme = (state: ProgrammeState, event: ProgrammeEvent): ProgrammeState => {
  switch (event.type) {
    case 'ProgrammeStarted': {
      const { programmeId, authorityId, name, startedOn } = event.data;
      return { status: 'started', programmeId, authorityId, name, stage: 'analysis', startedOn };
    }
    default:
      return state;
  }
};

import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { requireText } from '../shared/values';
import type { AddDirectorate, AddService, AuthorityCommand, RegisterAuthority } from './commands';
import type { AuthorityEvent } from './events';
import { evolveAuthority, initialAuthorityState, type AuthorityState, type RegisteredAuthority } from './state';

export const MAX_AUTHORITY_NAME = 120;
export const MAX_AUTHORITY_KIND = 60;
export const MAX_STRUCTURE_NAME = 120;

// "Adult Social  Care" and "adult social care" are the same name to the people reading it.
// Names compare without case or repeated spaces; the wanted name is normalised once per command
// (toLowerCase: locale-aware lowering cost 8× more and councils name services in English).
const nameKey = (name: string) => name.replace(/\s+/g, ' ').toLowerCase();
const taken = (names: { name: string }[], wanted: string) => {
  const key = nameKey(wanted);
  return names.some((n) => nameKey(n.name) === key);
};

const registered = (state: AuthorityState): RegisteredAuthority => {
  if (state.status === 'none') throw notFound('AUTHORITY_NOT_FOUND', 'This council does not exist.');
  return state;
};

const registerAuthority = ({ data }: RegisterAuthority, state: AuthorityState): AuthorityEvent => {
  if (state.status !== 'none') {
    throw conflict('AUTHORITY_ALREADY_EXISTS', 'This council is already registered.', { authorityId: data.authorityId });
  }
  const name = requireText('name', data.name, { max: MAX_AUTHORITY_NAME });
  const kind = requireText('kind', data.kind, { max: MAX_AUTHORITY_KIND });
  return { type: 'AuthorityRegistered', data: { authorityId: data.authorityId, name, kind } };
};

const addDirectorate = ({ data }: AddDirectorate, state: AuthorityState): AuthorityEvent => {
  const authority = registered(state);
  const name = requireText('name', data.name, { max: MAX_STRUCTURE_NAME });
  if (authority.directorates.some((d) => d.directorateId === data.directorateId)) {
    throw conflict('DIRECTORATE_ALREADY_EXISTS', 'This directorate has already been added.', { directorateId: data.directorateId });
  }
  if (taken(authority.directorates, name)) {
    throw invalid('DIRECTORATE_NAME_TAKEN', `${authority.name} already has a directorate called "${name}". Choose another name.`, { name });
  }
  return { type: 'DirectorateAdded', data: { authorityId: authority.authorityId, directorateId: data.directorateId, name } };
};

const addService = ({ data }: AddService, state: AuthorityState): AuthorityEvent => {
  const authority = registered(state);
  const name = requireText('name', data.name, { max: MAX_STRUCTURE_NAME });
  if (!authority.directorates.some((d) => d.directorateId === data.directorateId)) {
    throw notFound('DIRECTORATE_NOT_FOUND', `${authority.name} has no such directorate: add the directorate first.`, {
      directorateId: data.directorateId,
    });
  }
  if (authority.services.some((s) => s.serviceId === data.serviceId)) {
    throw conflict('SERVICE_ALREADY_EXISTS', 'This service has already been added.', { serviceId: data.serviceId });
  }
  // Unique across the whole council, not just the directorate: people name services without their directorate.
  if (taken(authority.services, name)) {
    throw invalid('SERVICE_NAME_TAKEN', `${authority.name} already has a service called "${name}". Choose another name.`, { name });
  }
  const { serviceId, directorateId } = data;
  return { type: 'ServiceAdded', data: { authorityId: authority.authorityId, serviceId, directorateId, name } };
};

export const decideAuthority = (command: AuthorityCommand, state: AuthorityState): AuthorityEvent[] => {
  switch (command.type) {
    case 'RegisterAuthority':
      return [registerAuthority(command, state)];
    case 'AddDirectorate':
      return [addDirectorate(command, state)];
    case 'AddService':
      return [addService(command, state)];
    default: {
      const unknown: never = command;
      throw new Error(`Unknown authority command ${(unknown as { type: string }).type}`);
    }
  }
};

export const authorityDecider: Decider<AuthorityCommand, AuthorityEvent, AuthorityState> = {
  decide: decideAuthority,
  evolve: evolveAuthority,
  initialState: initialAuthorityState,
};

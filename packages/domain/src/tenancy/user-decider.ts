import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { isPortalRole, isRole } from '../shared/roles';
import { requireEmail, requireText } from '../shared/values';
import type { DeactivateUser, GrantAuditorAccess, InviteUser, RegisterUser, RevokeAuditorAccess, UserCommand } from './commands';
import { acceptInvitation, completePasswordReset, issuePasswordReset, requireLink } from './user-links';
import type { UserEvent } from './events';
import { evolveUser, initialUserState, type RegisteredUser, type UserState } from './state';

export const MAX_DISPLAY_NAME = 120;

const given = (value: string | null | undefined): value is string => typeof value === 'string' && value !== '';

const registered = (state: UserState, userId: string): RegisteredUser => {
  if (state.status === 'none') throw notFound('USER_NOT_FOUND', 'This user does not exist.', { userId });
  return state;
};

// The account's facts as registered: the same rules for an invitation as for the old registration.
export const registrationOf = (data: RegisterUser['data']) => {
  const email = requireEmail(data.email);
  const displayName = requireText('displayName', data.displayName, { max: MAX_DISPLAY_NAME });
  const { role } = data;
  if (!isRole(role)) throw invalid('INVALID_ROLE', `Role ${JSON.stringify(role)} is not a role OrgLedger knows.`, { role });
  const authorityId = given(data.authorityId) ? data.authorityId : null;
  const serviceId = given(data.serviceId) ? data.serviceId : null;
  if (!isPortalRole(role) && (authorityId || serviceId)) {
    throw invalid(
      'AUTHORITY_NOT_ALLOWED',
      'Consultancy staff (admins, consultants, auditors) do not belong to a council: leave authority and service empty. ' +
        'Auditors are given access to councils separately.',
      { role },
    );
  }
  if (isPortalRole(role) && !authorityId) {
    throw invalid('AUTHORITY_REQUIRED', 'Client portal users belong to one council: choose the authority.', { role });
  }
  if (role === 'service_director' && !serviceId) {
    throw invalid('SERVICE_REQUIRED', 'A service director answers for one service: choose the service.', { role });
  }
  if (role !== 'service_director' && serviceId) {
    throw invalid('SERVICE_NOT_ALLOWED', 'Only a service director is linked to a service: leave the service empty.', { role });
  }
  return { userId: data.userId, email, displayName, role, authorityId, serviceId };
};

// Nobody sets another person's password: the account waits for its invitee to use the link.
const inviteUser = ({ data, metadata }: InviteUser, state: UserState): UserEvent => {
  if (state.status !== 'none') {
    throw conflict('USER_ALREADY_EXISTS', 'This user is already registered.', { userId: data.userId });
  }
  const registration = registrationOf(data);
  const invitedBy = { userId: metadata.actor.userId, displayName: metadata.actor.displayName };
  const link = requireLink(data, metadata.now);
  return { type: 'UserInvited', data: { ...registration, invitedBy, ...link } };
};

const grantAuditorAccess = ({ data }: GrantAuditorAccess, state: UserState): UserEvent => {
  const user = registered(state, data.userId);
  if (user.status === 'deactivated') {
    throw conflict('USER_DEACTIVATED', 'This user has been deactivated and cannot be given access.', { userId: data.userId });
  }
  if (user.role !== 'auditor') {
    throw invalid('NOT_AN_AUDITOR', 'Access to a council can only be granted to a user with the auditor role.', {
      userId: data.userId,
      role: user.role,
    });
  }
  if (user.auditorAuthorityIds.includes(data.authorityId)) {
    throw conflict('ACCESS_ALREADY_GRANTED', 'This auditor already has access to this council.', { ...data });
  }
  return { type: 'AuditorAccessGranted', data: { userId: data.userId, authorityId: data.authorityId } };
};

// Allowed on a deactivated user too, so access can still be tidied up afterwards.
const revokeAuditorAccess = ({ data }: RevokeAuditorAccess, state: UserState): UserEvent => {
  const user = registered(state, data.userId);
  if (!user.auditorAuthorityIds.includes(data.authorityId)) {
    throw conflict('ACCESS_NOT_GRANTED', 'This user does not have auditor access to this council.', { ...data });
  }
  return { type: 'AuditorAccessRevoked', data: { userId: data.userId, authorityId: data.authorityId } };
};

const deactivateUser = ({ data }: DeactivateUser, state: UserState): UserEvent => {
  const user = registered(state, data.userId);
  if (user.status === 'deactivated') {
    throw conflict('USER_ALREADY_DEACTIVATED', 'This user has already been deactivated.', { userId: data.userId });
  }
  return { type: 'UserDeactivated', data: { userId: data.userId } };
};

export const decideUser = (command: UserCommand, state: UserState): UserEvent[] => {
  switch (command.type) {
    case 'InviteUser':
      return [inviteUser(command, state)];
    case 'AcceptInvitation':
      return [acceptInvitation(command, state)];
    case 'IssuePasswordReset':
      return [issuePasswordReset(command, registered(state, command.data.userId))];
    case 'CompletePasswordReset':
      return [completePasswordReset(command, state)];
    case 'GrantAuditorAccess':
      return [grantAuditorAccess(command, state)];
    case 'RevokeAuditorAccess':
      return [revokeAuditorAccess(command, state)];
    case 'DeactivateUser':
      return [deactivateUser(command, state)];
    default: {
      const unknown: never = command;
      throw new Error(`Unknown user command ${(unknown as { type: string }).type}`);
    }
  }
};

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  decide: decideUser,
  evolve: evolveUser,
  initialState: initialUserState,
};

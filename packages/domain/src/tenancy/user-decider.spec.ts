import type { Role } from '../shared/decider';
import { deciderSpec, meta } from '../testing';
import type { InviteUser, RegisterUser, UserCommand } from './commands';
import type { AuditorAccessGranted, UserDeactivated, UserEvent, UserInvited, UserRegistered } from './events';
import { userDecider } from './user-decider';

const spec = deciderSpec(userDecider);
const userId = '0190a000-0000-7000-8000-000000000e01';
const authorityId = '0190a000-0000-7000-8000-0000000000b1';
const otherAuthorityId = '0190a000-0000-7000-8000-0000000000b2';
const serviceId = '0190a000-0000-7000-8000-0000000000d1';

export const tokenHash = 'a'.repeat(64);
export const expiresAt = '2025-04-08T09:30:00.000Z'; // a week after meta()'s now
const admin = { userId: '0190a000-0000-7000-8000-0000000000a9', role: 'tenant_admin' as Role, displayName: 'Ada Admin' };

const register = (data: Partial<RegisterUser['data']> = {}): InviteUser => ({
  type: 'InviteUser',
  data: { userId, email: 'sam.auditor@example.org', displayName: 'Sam Auditor', role: 'auditor', tokenHash, expiresAt, ...data },
  metadata: meta({ actor: admin }),
});
const command = <T extends Exclude<UserCommand['type'], 'InviteUser'>>(type: T, data: object = {}) =>
  ({ type, data: { userId, authorityId, ...data }, metadata: meta() }) as UserCommand;

const registered = (role: Role, rest: Partial<UserRegistered['data']> = {}): UserRegistered => ({
  type: 'UserRegistered',
  data: { userId, email: 'sam.auditor@example.org', displayName: 'Sam Auditor', role, authorityId: null, serviceId: null, ...rest },
});
const invited = (role: Role, rest: Partial<UserRegistered['data']> = {}): UserInvited => ({
  type: 'UserInvited',
  data: { ...registered(role, rest).data, invitedBy: { userId: admin.userId, displayName: admin.displayName }, expiresAt, tokenHash },
});
const auditor = registered('auditor');
const granted: AuditorAccessGranted = { type: 'AuditorAccessGranted', data: { userId, authorityId } };
const deactivated: UserDeactivated = { type: 'UserDeactivated', data: { userId } };

describe('when the user is not registered', () => {
  it('invites a consultancy user with no authority, normalising email and name', () => {
    spec
      .given([])
      .when(register({ email: ' Sam.Auditor@Example.ORG ', displayName: ' Sam Auditor ' }))
      .then([invited('auditor')]);
  });

  it('invites a portal user against their authority', () => {
    spec
      .given([])
      .when(register({ role: 'hr_partner', authorityId }))
      .then([invited('hr_partner', { authorityId })]);
  });

  it('invites a service director against their authority and service', () => {
    spec
      .given([])
      .when(register({ role: 'service_director', authorityId, serviceId }))
      .then([invited('service_director', { authorityId, serviceId })]);
  });

  it('treats null and empty ids as absent', () => {
    spec
      .given([])
      .when(register({ role: 'consultant', authorityId: null, serviceId: '' }))
      .then([invited('consultant')]);
  });

  it.each<[Role]>([['hr_partner'], ['finance_partner'], ['da_member'], ['interim_service_manager'], ['service_director']])(
    'requires an authority for a %s',
    (role) => {
      spec.given([]).when(register({ role, serviceId })).thenThrows('AUTHORITY_REQUIRED', 'BAD_USER_INPUT');
    },
  );

  it('requires a service for a service director', () => {
    spec
      .given([])
      .when(register({ role: 'service_director', authorityId }))
      .thenThrows('SERVICE_REQUIRED');
  });

  it('refuses a service for other portal roles', () => {
    spec
      .given([])
      .when(register({ role: 'finance_partner', authorityId, serviceId }))
      .thenThrows('SERVICE_NOT_ALLOWED');
  });

  it.each<[Role, Partial<RegisterUser['data']>]>([
    ['tenant_admin', { authorityId }],
    ['consultant', { serviceId }],
    ['auditor', { authorityId, serviceId }],
  ])('refuses an authority or service for a %s', (role, ids) => {
    spec
      .given([])
      .when(register({ role, ...ids }))
      .thenThrows('AUTHORITY_NOT_ALLOWED');
  });

  it('refuses an unknown role', () => {
    spec
      .given([])
      .when(register({ role: 'superuser' as Role }))
      .thenThrows('INVALID_ROLE');
  });

  it('validates the email and display name', () => {
    spec
      .given([])
      .when(register({ email: 'not-an-email' }))
      .thenThrows('INVALID_EMAIL');
    spec
      .given([])
      .when(register({ displayName: ' ' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(register({ displayName: 'x'.repeat(121) }))
      .thenThrows('TEXT_TOO_LONG');
  });

  it.each([['GrantAuditorAccess'], ['RevokeAuditorAccess'], ['DeactivateUser']] as const)('answers %s with USER_NOT_FOUND', (type) => {
    spec.given([]).when(command(type)).thenThrows('USER_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when the user is registered', () => {
  it('refuses to register them again', () => {
    spec.given([auditor]).when(register()).thenThrows('USER_ALREADY_EXISTS', 'CONFLICT');
  });

  it('grants an auditor access to an authority', () => {
    spec.given([auditor]).when(command('GrantAuditorAccess')).then([granted]);
  });

  it('grants an auditor access to a second authority', () => {
    spec
      .given([auditor, granted])
      .when(command('GrantAuditorAccess', { authorityId: otherAuthorityId }))
      .then([{ type: 'AuditorAccessGranted', data: { userId, authorityId: otherAuthorityId } }]);
  });

  it('refuses auditor access to anyone who is not an auditor', () => {
    spec
      .given([registered('consultant')])
      .when(command('GrantAuditorAccess'))
      .thenThrows('NOT_AN_AUDITOR');
  });

  it('refuses to grant the same access twice', () => {
    spec.given([auditor, granted]).when(command('GrantAuditorAccess')).thenThrows('ACCESS_ALREADY_GRANTED', 'CONFLICT');
  });

  it('revokes granted access', () => {
    spec
      .given([auditor, granted])
      .when(command('RevokeAuditorAccess'))
      .then([{ type: 'AuditorAccessRevoked', data: { userId, authorityId } }]);
  });

  it('refuses to revoke access that was never granted, or was already revoked', () => {
    const revoked: UserEvent = { type: 'AuditorAccessRevoked', data: { userId, authorityId } };
    spec.given([auditor]).when(command('RevokeAuditorAccess')).thenThrows('ACCESS_NOT_GRANTED');
    spec.given([auditor, granted, revoked]).when(command('RevokeAuditorAccess')).thenThrows('ACCESS_NOT_GRANTED');
  });

  it('grants access again after it was revoked', () => {
    const revoked: UserEvent = { type: 'AuditorAccessRevoked', data: { userId, authorityId } };
    spec.given([auditor, granted, revoked]).when(command('GrantAuditorAccess')).then([granted]);
  });

  it('deactivates the user', () => {
    spec.given([auditor]).when(command('DeactivateUser')).then([deactivated]);
  });
});

describe('when the user is deactivated', () => {
  it('refuses to deactivate them again', () => {
    spec.given([auditor, deactivated]).when(command('DeactivateUser')).thenThrows('USER_ALREADY_DEACTIVATED', 'CONFLICT');
  });

  it('refuses to grant auditor access', () => {
    spec.given([auditor, deactivated]).when(command('GrantAuditorAccess')).thenThrows('USER_DEACTIVATED');
  });

  it('still lets access be revoked, to tidy up', () => {
    spec
      .given([auditor, granted, deactivated])
      .when(command('RevokeAuditorAccess'))
      .then([{ type: 'AuditorAccessRevoked', data: { userId, authorityId } }]);
  });

  it('refuses to register the user id again', () => {
    spec.given([auditor, deactivated]).when(register()).thenThrows('USER_ALREADY_EXISTS');
  });
});

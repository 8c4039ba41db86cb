import type { UserEvent } from '../events';
import { projectUserAccount, type UserAccount } from './user-account';

const userId = '0190a000-0000-7000-8000-000000000e01';
const a1 = '0190a000-0000-7000-8000-0000000000b1';
const a2 = '0190a000-0000-7000-8000-0000000000b2';
const project = (events: UserEvent[], from: UserAccount | null = null) => events.reduce<UserAccount | null>((row, e) => projectUserAccount(row, e), from);

const registered: UserEvent = {
  type: 'UserRegistered',
  data: { userId, email: 'sam@example.org', displayName: 'Sam Auditor', role: 'auditor', authorityId: null, serviceId: null },
};

describe('projectUserAccount', () => {
  it('creates an active account on registration', () => {
    expect(project([registered])).toEqual({
      userId,
      email: 'sam@example.org',
      displayName: 'Sam Auditor',
      role: 'auditor',
      authorityId: null,
      serviceId: null,
      auditorAuthorityIds: [],
      active: true,
      status: 'active',
      invitedBy: null,
    });
  });

  it('records who registered an account made before invitations', () => {
    const by = { userId: a1, displayName: 'Casey Consultant' };
    expect(projectUserAccount(null, registered, by)?.invitedBy).toEqual(by);
  });

  it('keeps an invited account inactive until the invitation is accepted', () => {
    const invitedBy = { userId: a1, displayName: 'Ada Admin' };
    const invited: UserEvent = {
      type: 'UserInvited',
      data: { ...(registered.data as object), invitedBy, expiresAt: '2025-04-08T00:00:00.000Z', tokenHash: 'a'.repeat(64) } as never,
    };
    expect(project([invited])).toMatchObject({ active: false, status: 'invited', invitedBy });
    expect(project([invited, { type: 'InvitationAccepted', data: { userId } }])).toMatchObject({ active: true, status: 'active', invitedBy });
  });

  it('tracks auditor access granted and revoked', () => {
    const row = project([
      registered,
      { type: 'AuditorAccessGranted', data: { userId, authorityId: a1 } },
      { type: 'AuditorAccessGranted', data: { userId, authorityId: a2 } },
      { type: 'AuditorAccessRevoked', data: { userId, authorityId: a1 } },
    ]);
    expect(row?.auditorAuthorityIds).toEqual([a2]);
  });

  it('does not list an authority twice if a grant is replayed', () => {
    const grant: UserEvent = { type: 'AuditorAccessGranted', data: { userId, authorityId: a1 } };
    expect(project([registered, grant, grant])?.auditorAuthorityIds).toEqual([a1]);
  });

  it('marks the account inactive on deactivation', () => {
    expect(project([registered, { type: 'UserDeactivated', data: { userId } }])?.active).toBe(false);
  });

  it('ignores events for an account it has no row for', () => {
    expect(project([{ type: 'UserDeactivated', data: { userId } }])).toBeNull();
  });

  it('does not mutate the row it was given', () => {
    const row = project([registered])!;
    const before = structuredClone(row);
    project(
      [
        { type: 'AuditorAccessGranted', data: { userId, authorityId: a1 } },
        { type: 'UserDeactivated', data: { userId } },
      ],
      row,
    );
    expect(row).toEqual(before);
  });
});

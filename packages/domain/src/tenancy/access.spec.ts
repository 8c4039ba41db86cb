import type { Role } from '../shared/decider';
import { canSeeAuthority, isReadOnlyRole, visibleAuthorityIds } from './access';
import type { UserAccount } from './projections/user-account';

const a1 = '0190a000-0000-7000-8000-0000000000b1';
const a2 = '0190a000-0000-7000-8000-0000000000b2';
const a3 = '0190a000-0000-7000-8000-0000000000b3';
const all = [a1, a2, a3];

const user = (role: Role, rest: Partial<UserAccount> = {}): UserAccount => ({
  userId: '0190a000-0000-7000-8000-000000000e01',
  email: 'user@example.org',
  displayName: 'A User',
  role,
  authorityId: null,
  serviceId: null,
  auditorAuthorityIds: [],
  active: true,
  ...rest,
});

describe('canSeeAuthority and visibleAuthorityIds', () => {
  it.each<[Role]>([['tenant_admin'], ['consultant']])('lets a %s see every authority', (role) => {
    expect(visibleAuthorityIds(user(role), all)).toEqual(all);
  });

  it('lets an auditor see only the authorities granted to them', () => {
    const auditor = user('auditor', { auditorAuthorityIds: [a1, a3] });
    expect(canSeeAuthority(auditor, a1)).toBe(true);
    expect(canSeeAuthority(auditor, a2)).toBe(false);
    expect(visibleAuthorityIds(auditor, all)).toEqual([a1, a3]);
    expect(visibleAuthorityIds(user('auditor'), all)).toEqual([]);
  });

  it.each<[Role]>([['service_director'], ['hr_partner'], ['finance_partner'], ['da_member'], ['interim_service_manager']])(
    'lets a %s see only their own authority',
    (role) => {
      expect(visibleAuthorityIds(user(role, { authorityId: a2 }), all)).toEqual([a2]);
    },
  );

  it('ignores auditor grants held by a portal user', () => {
    expect(canSeeAuthority(user('hr_partner', { authorityId: a2, auditorAuthorityIds: [a1] }), a1)).toBe(false);
  });

  it('lets a deactivated user see nothing', () => {
    expect(visibleAuthorityIds(user('tenant_admin', { active: false }), all)).toEqual([]);
    expect(visibleAuthorityIds(user('auditor', { active: false, auditorAuthorityIds: [a1] }), all)).toEqual([]);
  });
});

describe('isReadOnlyRole', () => {
  it('is true only for auditors', () => {
    const roles: Role[] = [
      'tenant_admin',
      'consultant',
      'auditor',
      'service_director',
      'hr_partner',
      'finance_partner',
      'da_member',
      'interim_service_manager',
    ];
    expect(roles.filter(isReadOnlyRole)).toEqual(['auditor']);
  });
});

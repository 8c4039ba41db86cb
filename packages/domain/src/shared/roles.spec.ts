import { allRoles, isPortalRole, isRole, isTenantRole } from './roles';

describe('roles', () => {
  it('splits every role into tenant or portal, never both', () => {
    for (const role of allRoles) expect(isTenantRole(role) !== isPortalRole(role)).toBe(true);
    expect(allRoles).toHaveLength(8);
  });

  it('recognises role names', () => {
    expect(isRole('service_director')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

import { deciderSpec, meta } from '../testing';
import type { CreateTenant, SetPostholderNamePolicy } from './commands';
import type { PostholderNamePolicySet, TenantCreated } from './events';
import { tenantDecider } from './tenant-decider';

const spec = deciderSpec(tenantDecider);
const tenantId = '0190a000-0000-7000-8000-000000000001';
const createTenant = (name = 'Northgate Change Partners'): CreateTenant => ({
  type: 'CreateTenant',
  data: { tenantId, name },
  metadata: meta(),
});
const tenantCreated: TenantCreated = { type: 'TenantCreated', data: { tenantId, name: 'Northgate Change Partners' } };

describe('when no tenant exists', () => {
  it('creates the tenant with a trimmed name', () => {
    spec.given([]).when(createTenant('  Northgate Change Partners ')).then([tenantCreated]);
  });

  it('requires a name', () => {
    spec.given([]).when(createTenant('   ')).thenThrows('TEXT_REQUIRED', 'BAD_USER_INPUT');
  });

  it('limits the name to 120 characters', () => {
    spec
      .given([])
      .when(createTenant('x'.repeat(120)))
      .then([{ ...tenantCreated, data: { tenantId, name: 'x'.repeat(120) } }]);
    spec
      .given([])
      .when(createTenant('x'.repeat(121)))
      .thenThrows('TEXT_TOO_LONG');
  });
});

describe('when the tenant already exists', () => {
  it('refuses to create it again', () => {
    spec.given([tenantCreated]).when(createTenant()).thenThrows('TENANT_ALREADY_EXISTS', 'CONFLICT');
  });
});

describe('when the postholder name policy is set', () => {
  const setPolicy = (allowNames: boolean): SetPostholderNamePolicy => ({
    type: 'SetPostholderNamePolicy',
    data: { allowNames },
    metadata: meta({ actor: { role: 'tenant_admin' } }),
  });
  const allowed: PostholderNamePolicySet = { type: 'PostholderNamePolicySet', data: { allowNames: true } };
  const disallowed: PostholderNamePolicySet = { type: 'PostholderNamePolicySet', data: { allowNames: false } };

  it('starts with names not allowed', () => {
    expect(tenantDecider.evolve(tenantDecider.initialState, tenantCreated)).toMatchObject({ allowPostholderNames: false });
  });

  it('allows names on an existing tenant', () => {
    spec.given([tenantCreated]).when(setPolicy(true)).then([allowed]);
    expect([tenantCreated, allowed].reduce(tenantDecider.evolve, tenantDecider.initialState)).toMatchObject({ allowPostholderNames: true });
  });

  it('disallows names again', () => {
    spec.given([tenantCreated, allowed]).when(setPolicy(false)).then([disallowed]);
  });

  it('records nothing when the policy is unchanged', () => {
    spec.given([tenantCreated]).when(setPolicy(false)).then([]);
    spec.given([tenantCreated, allowed]).when(setPolicy(true)).then([]);
  });

  it('needs an existing tenant', () => {
    spec.given([]).when(setPolicy(true)).thenThrows('TENANT_NOT_FOUND', 'NOT_FOUND');
  });

  it('rejects a value that is not true or false', () => {
    spec
      .given([tenantCreated])
      .when({ ...setPolicy(true), data: { allowNames: 'yes' as unknown as boolean } })
      .thenThrows('INVALID_POLICY', 'BAD_USER_INPUT');
  });
});

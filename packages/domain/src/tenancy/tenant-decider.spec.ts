import { deciderSpec, meta } from '../testing';
import type { CreateTenant } from './commands';
import type { TenantCreated } from './events';
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
    spec.given([]).when(createTenant('x'.repeat(120))).then([{ ...tenantCreated, data: { tenantId, name: 'x'.repeat(120) } }]);
    spec.given([]).when(createTenant('x'.repeat(121))).thenThrows('TEXT_TOO_LONG');
  });
});

describe('when the tenant already exists', () => {
  it('refuses to create it again', () => {
    spec.given([tenantCreated]).when(createTenant()).thenThrows('TENANT_ALREADY_EXISTS', 'CONFLICT');
  });
});

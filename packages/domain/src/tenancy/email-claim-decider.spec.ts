import { deciderSpec, meta, testTenantId } from '../testing';
import type { ClaimEmail } from './commands';
import { emailClaimDecider } from './email-claim-decider';
import type { EmailClaimed } from './events';

const spec = deciderSpec(emailClaimDecider);
const userId = '0190a000-0000-7000-8000-000000000e01';
const otherTenantId = '0190a000-0000-7000-8000-000000000002';
const claim = (email = 'jo.bloggs@council.gov.uk', overrides: { userId?: string; tenantId?: string } = {}): ClaimEmail => ({
  type: 'ClaimEmail',
  data: { email, userId: overrides.userId ?? userId },
  metadata: meta({ tenantId: overrides.tenantId ?? testTenantId }),
});
const claimed: EmailClaimed = {
  type: 'EmailClaimed',
  data: { email: 'jo.bloggs@council.gov.uk', tenantId: testTenantId, userId },
};

describe('when the email is unclaimed', () => {
  it('claims it for the user, in the tenant from the metadata, lower-cased', () => {
    spec.given([]).when(claim(' Jo.Bloggs@Council.gov.uk ')).then([claimed]);
  });

  it('rejects an invalid address', () => {
    spec.given([]).when(claim('jo.bloggs')).thenThrows('INVALID_EMAIL');
  });
});

describe('when the email is already claimed', () => {
  it('refuses another user in the same tenant', () => {
    spec
      .given([claimed])
      .when(claim(undefined, { userId: '0190a000-0000-7000-8000-000000000e02' }))
      .thenThrows('EMAIL_ALREADY_REGISTERED', 'CONFLICT');
  });

  it('refuses another tenant, without saying which tenant holds it', () => {
    const error = spec
      .given([claimed])
      .when(claim(undefined, { tenantId: otherTenantId }))
      .thenThrows('EMAIL_ALREADY_REGISTERED');
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain(testTenantId);
  });

  it('treats the same user claiming again as already done', () => {
    spec.given([claimed]).when(claim()).then([]);
  });
});

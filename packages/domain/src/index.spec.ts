import * as domain from './index';

describe('the public API', () => {
  it('exports the deciders, projections and value helpers by name', () => {
    const names = [
      'tenantDecider',
      'userDecider',
      'credentialDecider',
      'emailClaimDecider',
      'authorityDecider',
      'programmeDecider',
      'projectUserAccount',
      'projectAuthoritySummary',
      'projectProgrammeSummary',
      'canSeeAuthority',
      'visibleAuthorityIds',
      'isReadOnlyRole',
      'requireText',
      'requireEmail',
      'requireId',
      'requireFte',
      'formatFte',
      'fteToDecimalString',
      'requirePence',
      'formatPence',
      'requireCivilDate',
      'addDays',
      'compareCivilDates',
      'civilDateOf',
      'validatePassword',
      'DomainError',
      'invalid',
      'notFound',
      'forbidden',
      'conflict',
      'fold',
    ];
    for (const name of names) expect(domain).toHaveProperty(name);
  });

  it('keeps the jest-based test helpers out of the main entry point', () => {
    expect(domain).not.toHaveProperty('deciderSpec');
    expect(domain).not.toHaveProperty('meta');
  });
});

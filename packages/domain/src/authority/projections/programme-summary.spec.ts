import { projectProgrammeSummary } from './programme-summary';

describe('projectProgrammeSummary', () => {
  it('creates the summary in the analysis stage', () => {
    expect(
      projectProgrammeSummary(null, {
        type: 'ProgrammeStarted',
        data: {
          programmeId: 'prog-1',
          authorityId: 'auth-1',
          name: 'Contract management TOM',
          objective: 'Central contract management',
          startedOn: '2025-04-01',
        },
      }),
    ).toEqual({
      programmeId: 'prog-1',
      authorityId: 'auth-1',
      name: 'Contract management TOM',
      objective: 'Central contract management',
      stage: 'analysis',
      startedOn: '2025-04-01',
    });
  });
});

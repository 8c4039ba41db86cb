import { deciderSpec, meta } from '../testing';
import type { StartProgramme } from './commands';
import type { ProgrammeStarted } from './events';
import { programmeDecider } from './programme-decider';

const spec = deciderSpec(programmeDecider);
const programmeId = '0190a000-0000-7000-8000-0000000000f1';
const authorityId = '0190a000-0000-7000-8000-0000000000b1';
const objective = 'Build a central contract-management function staffed from existing posts.';

const start = (data: Partial<StartProgramme['data']> = {}, now = '2025-04-01T09:30:00.000Z'): StartProgramme => ({
  type: 'StartProgramme',
  data: { programmeId, authorityId, name: 'Contract management TOM', objective, ...data },
  metadata: meta({ now }),
});
const started: ProgrammeStarted = {
  type: 'ProgrammeStarted',
  data: { programmeId, authorityId, name: 'Contract management TOM', objective, startedOn: '2025-04-01' },
};

describe('when the programme has not started', () => {
  it('starts it, dated by the UTC day of the command', () => {
    spec
      .given([])
      .when(start({ name: ' Contract management TOM ' }))
      .then([started]);
  });

  it('takes the date in UTC, not local time', () => {
    spec
      .given([])
      .when(start({}, '2025-04-01T00:30:00+01:00'))
      .then([{ ...started, data: { ...started.data, startedOn: '2025-03-31' } }]);
  });

  it('validates the name (120) and the objective (2000)', () => {
    spec
      .given([])
      .when(start({ name: '' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(start({ name: 'n'.repeat(121) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(start({ objective: ' ' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(start({ objective: 'o'.repeat(2000) }))
      .then([{ ...started, data: { ...started.data, objective: 'o'.repeat(2000) } }]);
    spec
      .given([])
      .when(start({ objective: 'o'.repeat(2001) }))
      .thenThrows('TEXT_TOO_LONG');
  });

  it('rejects a malformed time in the metadata', () => {
    spec.given([]).when(start({}, 'today')).thenThrows('INVALID_INSTANT');
  });
});

describe('when the programme has started', () => {
  it('is in the analysis stage', () => {
    expect(programmeDecider.evolve(programmeDecider.initialState, started)).toMatchObject({ status: 'started', stage: 'analysis' });
  });

  it('refuses to start it again', () => {
    spec.given([started]).when(start()).thenThrows('PROGRAMME_ALREADY_EXISTS', 'CONFLICT');
  });
});

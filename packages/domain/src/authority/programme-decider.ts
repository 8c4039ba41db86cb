import type { Decider } from '../shared/decider';
import { conflict } from './errors';
import { civilDateOf, requireText } from '../shared/values';
import type { ProgrammeCommand, StartProgramme } from './commands';
import type { ProgrammeEvent } from './events';
import { evolveProgramme, initialProgrammeState, type ProgrammeState } from './state';

export const MAX_PROGRAMME_NAME = 120;
export const MAX_PROGRAMME_OBJECTIVE = 2000;

const startProgramme = ({ data, metadata }: StartProgramme, state: ProgrammeState): ProgrammeEvent => {
  if (state.status !== 'none') {
    throw conflict('PROGRAMME_ALREADY_EXISTS', 'This programme has already been started.', { programmeId: data.programmeId });
  }
  const name = requireText('name', data.name, { max: MAX_PROGRAMME_NAME });
  const objective = requireText('objective', data.objective, { max: MAX_PROGRAMME_OBJECTIVE });
  const { programmeId, authorityId } = data;
  return { type: 'ProgrammeStarted', data: { programmeId, authorityId, name, objective, startedOn: civilDateOf(metadata.now) } };
};

export const decideProgramme = (command: ProgrammeCommand, state: ProgrammeState): ProgrammeEvent[] => {
  switch (command.type) {
    case 'StartProgramme':
      return [startProgramme(command, state)];
    default: {
      const unknown: never = command.type;
      throw new Error(`Unknown programme command ${unknown}`);
    }
  }
};

export const programmeDecider: Decider<ProgrammeCommand, ProgrammeEvent, ProgrammeState> = {
  decide: decideProgramme,
  evolve: evolveProgramme,
  initialState: initialProgrammeState,
};

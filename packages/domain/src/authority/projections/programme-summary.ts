import type { CivilDate } from '../../shared/values';
import type { ProgrammeEvent, ProgrammeStage } from '../events';

export type ProgrammeSummary = {
  programmeId: string;
  authorityId: string;
  name: string;
  objective: string;
  stage: ProgrammeStage;
  startedOn: CivilDate;
};

export const projectProgrammeSummary = (row: ProgrammeSummary | null, event: ProgrammeEvent): ProgrammeSummary | null => {
  switch (event.type) {
    case 'ProgrammeStarted':
      return { ...event.data, stage: 'analysis' };
    default:
      return row;
  }
};

// Every analysis-stage answer about one programme sits under stageKeys.programme(id): a change to
// contracts or tiers also moves the capacity model, so mutations invalidate the programme's keys.
export const stageKeys = {
  all: ['analysis-stage'] as const,
  programme: (programmeId: string) => [...stageKeys.all, 'programme', programmeId] as const,
};

// The programme, its council and the council's services: the same query every programme page uses.
export {
  programmeWorkspaceOptions as stageProgrammesOptions,
  useProgrammeContext as useStageProgramme,
  type ProgrammeContext as StageContext,
  type WorkspaceAuthority as StageAuthority,
  type WorkspaceProgramme as StageProgramme,
} from '../../tasks';

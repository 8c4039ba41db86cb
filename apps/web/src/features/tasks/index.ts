export {
  programmeWorkspaceOptions,
  useProgrammeContext,
  type ProgrammeContext,
  type WorkspaceAuthority,
  type WorkspaceProgramme,
} from './api/programme-workspace.queries';
export { taskKeys } from './api/tasks.queries';
export { AwaitingTasks } from './components/awaiting-tasks';
export { ProgrammeHeader } from './components/programme-header';
export { ProgrammeIndex } from './components/programme-index';
export { ProgrammeNotFound } from './components/programme-not-found';
export { ProgrammeLoader, ProgrammePage, type BackTo } from './components/programme-page';
export { ProgrammeRecords } from './components/programme-records';
export { usePortalTasks } from './use-portal-tasks';

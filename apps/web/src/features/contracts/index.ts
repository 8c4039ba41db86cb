export { StageHeader } from './stage/stage-header';
export { StagePage } from './stage/stage-page';
export { stageKeys, stageProgrammesOptions, useStageProgramme, type StageContext, type StageProgramme } from './stage/stage.queries';

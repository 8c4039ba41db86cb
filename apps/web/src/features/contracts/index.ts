export { StageHeader } from './stage/stage-header';
export { stageKeys, stageProgrammesOptions, useStageProgramme, type StageContext, type StageProgramme } from './stage/stage.queries';

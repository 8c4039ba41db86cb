export { ProgrammeStage } from './components/programme-stage';

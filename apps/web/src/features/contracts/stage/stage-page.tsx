import type { ComponentType } from 'react';
import { ProgrammeLoader } from '../../tasks';
import { useStageProgramme, type StageContext } from './stage.queries';

// A page of one programme's analysis stage (definition, contracts, benefits, capacity, templates).
export function StagePage(props: { backTo: string; backLabel: string; page: ComponentType<{ context: StageContext }> }) {
  return <ProgrammeLoader {...props} useProgramme={useStageProgramme} />;
}

import type { ComponentType } from 'react';
import { ProgrammeLoader, ProgrammeNotFound, type BackTo } from '../../tasks';
import { useStageProgramme, type StageContext } from './stage.queries';

// A page of one programme's analysis stage (definition, contracts, benefits, capacity, templates).
export function StagePage({ backTo, backLabel, page }: BackTo & { page: ComponentType<{ context: StageContext }> }) {
  return <ProgrammeLoader page={page} useProgramme={useStageProgramme} notFound={<ProgrammeNotFound backTo={backTo} backLabel={backLabel} />} />;
}

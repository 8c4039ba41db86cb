import type { ComponentType } from 'react';
import { useParams } from 'react-router';
import { Loading, Problem } from '../../../components/query-status';
import { useProgrammeContext, type ProgrammeContext } from '../api/programme-workspace.queries';
import { ProgrammeNotFound } from './programme-not-found';

// A page of one programme (…/:programmeId): loads the programme and its authority for `page`, or says
// where to go back to when there is no such programme.
export function ProgrammePage({ backTo, backLabel, page: Page }: { backTo: string; backLabel: string; page: ComponentType<{ context: ProgrammeContext }> }) {
  const { programmeId = '' } = useParams();
  const context = useProgrammeContext(programmeId);
  if (context.isPending) return <Loading what="programme" />;
  if (context.isError) return <Problem error={context.error} notFound={<ProgrammeNotFound backTo={backTo} backLabel={backLabel} />} />;
  return <Page context={context.data} />;
}

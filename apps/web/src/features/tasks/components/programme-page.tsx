import type { ComponentType } from 'react';
import { useParams } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { Loading, Problem } from '../../../components/query-status';
import { useProgrammeContext, type ProgrammeContext } from '../api/programme-workspace.queries';
import { ProgrammeNotFound } from './programme-not-found';

type ProgrammePageProps<C> = {
  backTo: string;
  backLabel: string;
  page: ComponentType<{ context: C }>;
  // What the page needs to know of the programme; the workspace's programme and authority unless a stage says otherwise.
  useProgramme: (programmeId: string) => UseQueryResult<C>;
};

// A page of one programme (…/:programmeId): loads the programme for `page`, or says where to go back
// to when there is no such programme.
export function ProgrammeLoader<C>({ backTo, backLabel, page: Page, useProgramme }: ProgrammePageProps<C>) {
  const { programmeId = '' } = useParams();
  const context = useProgramme(programmeId);
  if (context.isPending) return <Loading what="programme" />;
  if (context.isError) return <Problem error={context.error} notFound={<ProgrammeNotFound backTo={backTo} backLabel={backLabel} />} />;
  return <Page context={context.data} />;
}

export function ProgrammePage(props: Omit<ProgrammePageProps<ProgrammeContext>, 'useProgramme'>) {
  return <ProgrammeLoader {...props} useProgramme={useProgrammeContext} />;
}

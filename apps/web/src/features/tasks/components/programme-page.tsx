import type { ComponentType, ReactNode } from 'react';
import { useParams } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { Loading, Problem } from '../../../components/query-status';
import { useProgrammeContext, type ProgrammeContext } from '../api/programme-workspace.queries';
import { ProgrammeNotFound } from './programme-not-found';

type ProgrammeLoaderProps<C> = {
  page: ComponentType<{ context: C }>;
  // What the page needs to know of the programme (its feature's query), and what to say when there is none.
  useProgramme: (programmeId: string) => UseQueryResult<C>;
  notFound: ReactNode;
};

// A page of one programme (…/:programmeId): loads the programme for `page`, or says it is not there.
export function ProgrammeLoader<C>({ page: Page, useProgramme, notFound }: ProgrammeLoaderProps<C>) {
  const { programmeId = '' } = useParams();
  const context = useProgramme(programmeId);
  if (context.isPending) return <Loading what="programme" />;
  if (context.isError) return <Problem error={context.error} notFound={notFound} />;
  return <Page context={context.data} />;
}

// Where a missing programme's page sends the user back to.
export type BackTo = { backTo: string; backLabel: string };

// The workspace's programme and its authority.
export function ProgrammePage({ backTo, backLabel, page }: BackTo & { page: ComponentType<{ context: ProgrammeContext }> }) {
  return <ProgrammeLoader page={page} useProgramme={useProgrammeContext} notFound={<ProgrammeNotFound backTo={backTo} backLabel={backLabel} />} />;
}

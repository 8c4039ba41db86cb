import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { PageHeading } from '../../components/page-heading';
import { programmeWorkspaceOptions, AwaitingTasks, ProgrammeIndex } from '../tasks';

// The consultant's way in to the negotiations: what awaits their answer across every programme.
export function DealsIndexPage() {
  const workspace = useQuery(programmeWorkspaceOptions());
  const names = useMemo(() => new Map((workspace.data?.programmes ?? []).map((p) => [p.id, p.name])), [workspace.data]);
  return (
    <>
      <PageHeading title="FTE deals">FTE deals</PageHeading>
      <p className="lead">The FTE and budget each service releases into the new function, as negotiated with its director.</p>
      <AwaitingTasks audience="workspace" programmeNames={names} />
      <section aria-labelledby="programmes-heading" className="section">
        <h2 id="programmes-heading">Programmes</h2>
        <ProgrammeIndex basePath="/deals" caption="Programmes and their FTE deals" />
      </section>
    </>
  );
}

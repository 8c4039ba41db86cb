import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { SelectField } from '../../components/select-field';
import { programmeListOptions } from './api/programme.queries';
import { ProgrammesTable, type ProgrammeRow } from './components/programmes-table';

const allAuthorities = 'all';

export function ProgrammesPage() {
  // The filter lives in the URL so a filtered list can be bookmarked and shared.
  const [params, setParams] = useSearchParams();
  const authorityId = params.get('authority') ?? undefined;
  const query = useQuery({ ...programmeListOptions({ authorityId }), placeholderData: keepPreviousData });

  const rows = useMemo<ProgrammeRow[]>(() => {
    if (!query.data) return [];
    const names = new Map(query.data.authorities.map((a) => [a.id, a.name]));
    return query.data.programmes.map((p) => ({ ...p, authorityName: names.get(p.authorityId) ?? 'Unknown authority' }));
  }, [query.data]);

  const options = [{ id: allAuthorities, label: 'All authorities' }, ...(query.data?.authorities ?? []).map((a) => ({ id: a.id, label: a.name }))];

  return (
    <>
      <PageHeading title="Programmes">Programmes</PageHeading>
      <p className="lead">Every redesign programme your consultancy is running, newest first.</p>
      {query.isPending ? (
        <Loading what="programmes" />
      ) : query.isError ? (
        <Problem error={query.error} />
      ) : (
        <>
          <div className="filters">
            <SelectField
              label="Authority"
              options={options}
              value={authorityId ?? allAuthorities}
              onChange={(id) => setParams(id === allAuthorities ? {} : { authority: id })}
            />
          </div>
          <ProgrammesTable
            programmes={rows}
            emptyMessage={authorityId ? 'No programme has been started at this authority yet.' : 'No programme has been started yet.'}
          />
        </>
      )}
    </>
  );
}

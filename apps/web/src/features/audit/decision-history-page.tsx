import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { Loading, Problem } from '../../components/query-status';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import type { DecisionHistoryFilter } from '../../gql/graphql';
import { decisionHistoryOptions, HISTORY_PAGE } from './api/audit.queries';
import { AuthorityFrame, type AuditedAuthority } from './components/authority-frame';
import { DealStatuses } from './components/deal-statuses';
import { ExportButtons } from './components/export-buttons';
import { HistoryList } from './components/history-list';

const ALL = 'all';
// Stream categories are camelCase: 'fteDeals' → 'Fte deals'.
const contextLabel = (c: string) =>
  c
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (x) => x.toUpperCase())
    .replace(/ ([A-Z])/g, (_, x: string) => ` ${x.toLowerCase()}`);
type Draft = { context: string; eventType: string; actorId: string; entityId: string; from: string; to: string };
const EMPTY: Draft = { context: ALL, eventType: ALL, actorId: ALL, entityId: '', from: '', to: '' };

const toFilter = (authorityId: string, d: Draft): DecisionHistoryFilter => ({
  authorityId,
  ...(d.context !== ALL ? { context: d.context } : {}),
  ...(d.eventType !== ALL ? { eventType: d.eventType } : {}),
  ...(d.actorId !== ALL ? { actorId: d.actorId } : {}),
  ...(d.entityId.trim() ? { entityId: d.entityId.trim() } : {}),
  ...(d.from.trim() ? { from: d.from.trim() } : {}),
  ...(d.to.trim() ? { to: d.to.trim() } : {}),
});

function History({ authority }: { authority: AuditedAuthority }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filter, setFilter] = useState<DecisionHistoryFilter>({ authorityId: authority.id });
  const [offset, setOffset] = useState(0);
  const history = useQuery(decisionHistoryOptions(filter, offset));
  const set = (key: keyof Draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setOffset(0);
    setFilter(toFilter(authority.id, draft));
  };
  const data = history.data;
  const options = (values: readonly string[], all: string, label = (v: string) => v) => [
    { id: ALL, label: all },
    ...values.map((v) => ({ id: v, label: label(v) })),
  ];

  return (
    <>
      <ExportButtons authorityId={authority.id} authorityName={authority.name} />
      <section aria-labelledby="deals-heading" className="section">
        <h2 id="deals-heading">Where the FTE deals stand</h2>
        {authority.programmes.map((p) => (
          <DealStatuses key={p.id} programmeId={p.id} programmeName={p.name} />
        ))}
      </section>
      <form onSubmit={apply} className="section" aria-labelledby="filters-heading">
        <h2 id="filters-heading">Filter the decisions</h2>
        <div className="audit-filters">
          <SelectField label="Context" options={options(data?.contexts ?? [], 'All contexts', contextLabel)} value={draft.context} onChange={set('context')} />
          <SelectField label="Event type" options={options(data?.eventTypes ?? [], 'All event types')} value={draft.eventType} onChange={set('eventType')} />
          <SelectField
            label="Decided by"
            options={[{ id: ALL, label: 'Anyone' }, ...(data?.actors ?? []).map((a) => ({ id: a.id, label: a.name }))]}
            value={draft.actorId}
            onChange={set('actorId')}
          />
          <TextField label="Entity id" hint="A deal, post, option or contract id" value={draft.entityId} onChange={set('entityId')} />
          <TextField label="From" hint="For example 2026-03-01" value={draft.from} onChange={set('from')} />
          <TextField label="To" hint="For example 2026-03-31" value={draft.to} onChange={set('to')} />
        </div>
        <div className="button-group">
          <Button type="submit" readOnlySafe>
            Apply filters
          </Button>
          <Button
            variant="secondary"
            onPress={() => {
              setDraft(EMPTY);
              setOffset(0);
              setFilter({ authorityId: authority.id });
            }}
          >
            Clear filters
          </Button>
        </div>
      </form>
      <section aria-labelledby="decisions-heading" className="section">
        <h2 id="decisions-heading">Decisions, newest first</h2>
        {history.isPending ? (
          <Loading what="decisions" />
        ) : history.isError ? (
          <Problem error={history.error} />
        ) : (
          <>
            <p role="status">
              {history.data.total === 0
                ? 'No decisions match.'
                : `Showing ${offset + 1} to ${Math.min(offset + HISTORY_PAGE, history.data.total)} of ${history.data.total} decisions.`}
            </p>
            <HistoryList items={history.data.items} authorityId={authority.id} label="Decisions, newest first" />
            <div className="button-group">
              <Button variant="secondary" isDisabled={offset === 0} onPress={() => setOffset(Math.max(0, offset - HISTORY_PAGE))}>
                Newer decisions
              </Button>
              <Button variant="secondary" isDisabled={offset + HISTORY_PAGE >= history.data.total} onPress={() => setOffset(offset + HISTORY_PAGE)}>
                Older decisions
              </Button>
            </div>
          </>
        )}
      </section>
    </>
  );
}

export function DecisionHistoryPage() {
  return <AuthorityFrame page="Decision history">{(authority) => <History key={authority.id} authority={authority} />}</AuthorityFrame>;
}

import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { Loading, Problem } from '../../components/query-status';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import type { ProgrammeDiffQuery } from '../../gql/graphql';
import { programmeDiffOptions } from './api/audit.queries';
import { AuthorityFrame, type AuditedAuthority } from './components/authority-frame';
import { formatRecordedAt } from './components/format';

type Item = ProgrammeDiffQuery['programmeDiff']['items'][number];
const AREAS = [
  ['design', 'Function design'],
  ['deals', 'FTE deals'],
  ['funding', 'Funding position'],
] as const;
const CHANGE = { added: 'Added', removed: 'Removed', changed: 'Changed' } as Record<string, string>;

function Changes({ items, area, title }: { items: Item[]; area: string; title: string }) {
  const mine = items.filter((i) => i.area === area);
  return (
    <section aria-labelledby={`diff-${area}`} className="section">
      <h3 id={`diff-${area}`}>{title}</h3>
      {mine.length === 0 ? (
        <p className="empty-state">Nothing changed.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{title}: what changed</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Change</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Caused by</th>
              </tr>
            </thead>
            <tbody>
              {mine.map((i) => (
                <tr key={`${i.label}-${i.change}`}>
                  <th scope="row">{i.label}</th>
                  <td>{CHANGE[i.change] ?? i.change}</td>
                  <td>{i.before ?? '—'}</td>
                  <td>{i.after ?? '—'}</td>
                  <td>
                    {i.causedBy.length === 0 ? (
                      '—'
                    ) : (
                      <ul className="list">
                        {i.causedBy.map((c) => (
                          <li key={c.eventId}>
                            {c.sentence} ({c.actorName}, {formatRecordedAt(c.occurredAt)}){c.reason ? `. Reason: ${c.reason}` : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Diff({ authority }: { authority: AuditedAuthority }) {
  const today = new Date().toISOString().slice(0, 10);
  const [draft, setDraft] = useState({ programmeId: authority.programmes[0]?.id ?? '', from: '', to: today });
  const [asked, setAsked] = useState<typeof draft | null>(null);
  const diff = useQuery({ ...programmeDiffOptions(asked?.programmeId ?? '', asked?.from ?? '', asked?.to ?? ''), enabled: asked !== null });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.programmeId && draft.from.trim() && draft.to.trim()) setAsked({ ...draft, from: draft.from.trim(), to: draft.to.trim() });
  };
  if (authority.programmes.length === 0) return <p className="empty-state">This authority has no programme yet.</p>;
  return (
    <>
      <form onSubmit={submit} className="section" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare two moments</h2>
        <p>Give a date (its end of day), a date-time in UTC or a store position from the decision history.</p>
        <div className="audit-filters">
          <SelectField
            label="Programme"
            options={authority.programmes.map((p) => ({ id: p.id, label: p.name }))}
            value={draft.programmeId}
            onChange={(programmeId) => setDraft({ ...draft, programmeId })}
          />
          <TextField
            label="From"
            isRequired
            hint="For example 2026-03-01 or 2026-03-01T09:30:00Z"
            value={draft.from}
            onChange={(from) => setDraft({ ...draft, from })}
          />
          <TextField label="To" isRequired hint="For example 2026-03-31" value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
        </div>
        <Button type="submit" readOnlySafe>
          Show changes
        </Button>
      </form>
      {asked && (
        <section aria-labelledby="changes-heading" className="section">
          <h2 id="changes-heading">Changes</h2>
          {diff.isPending ? (
            <Loading what="changes" />
          ) : diff.isError ? (
            <Problem error={diff.error} />
          ) : (
            <>
              <p role="status">
                {diff.data.items.length} changes from {diff.data.from} to {diff.data.to}.
              </p>
              {AREAS.map(([area, title]) => (
                <Changes key={area} items={diff.data.items} area={area} title={title} />
              ))}
            </>
          )}
        </section>
      )}
    </>
  );
}

export function DiffPage() {
  return <AuthorityFrame page="Changes between dates">{(authority) => <Diff key={authority.id} authority={authority} />}</AuthorityFrame>;
}

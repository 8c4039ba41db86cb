import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '../../../components/button';
import { Loading, Problem } from '../../../components/query-status';
import type { DecisionHistoryQuery } from '../../../gql/graphql';
import { roleLabel } from '../../../lib/roles';
import { decisionRawOptions } from '../api/audit.queries';
import { formatRecordedAt } from './format';

export type DecisionItem = DecisionHistoryQuery['decisionHistory']['items'][number];

const roleText = (role: string) => roleLabel(role.toUpperCase() as Parameters<typeof roleLabel>[0]);

function RawEvent({ authorityId, eventId, id }: { authorityId: string; eventId: string; id: string }) {
  const raw = useQuery(decisionRawOptions(authorityId, eventId));
  if (raw.isPending) return <Loading what="the stored event" />;
  if (raw.isError) return <Problem error={raw.error} />;
  return (
    <pre id={id} className="audit-raw" tabIndex={0} aria-label="Stored event as JSON">
      {raw.data}
    </pre>
  );
}

function Decision({ item, authorityId }: { item: DecisionItem; authorityId: string }) {
  const [open, setOpen] = useState(false);
  const rawId = useId();
  return (
    <li className="audit-history__item">
      <p className="audit-history__sentence">{item.sentence}</p>
      {item.reason && <p className="audit-history__reason">Reason: {item.reason}</p>}
      <p className="audit-history__meta">
        {item.actorName} ({roleText(item.actorRole)}) · <time dateTime={item.occurredAt}>{formatRecordedAt(item.occurredAt)}</time> · {item.eventType} ·
        position {item.position}
      </p>
      <Button variant="link" aria-expanded={open} aria-controls={open ? rawId : undefined} onPress={() => setOpen(!open)}>
        {open ? 'Hide the raw event' : 'Show the raw event'}
      </Button>
      {open && <RawEvent authorityId={authorityId} eventId={item.eventId} id={rawId} />}
    </li>
  );
}

export function HistoryList({ items, authorityId, label }: { items: readonly DecisionItem[]; authorityId: string; label: string }) {
  if (items.length === 0) return <p className="empty-state">No decisions match.</p>;
  return (
    <ol className="audit-history" aria-label={label}>
      {items.map((item) => (
        <Decision key={item.eventId} item={item} authorityId={authorityId} />
      ))}
    </ol>
  );
}

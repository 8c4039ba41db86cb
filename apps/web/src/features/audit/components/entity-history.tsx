import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { Loading, Problem } from '../../../components/query-status';
import { useSession } from '../../../lib/session';
import { decisionHistoryOptions } from '../api/audit.queries';
import { HistoryList } from './history-list';
import '../audit.css';

const READERS = ['CONSULTANT', 'TENANT_ADMIN', 'AUDITOR'];

// The decisions about one entity (a deal, a post, an option, a contract), newest first; reusable
// on any entity page. Council staff do not see it: the history spans the whole authority.
export function EntityHistory({ programmeId, entityId, heading = 'Decision history' }: { programmeId: string; entityId: string; heading?: string }) {
  const session = useSession();
  const [shown, setShown] = useState(10);
  const allowed = Boolean(session && READERS.includes(session.me.role));
  const history = useQuery({ ...decisionHistoryOptions({ programmeId, entityId }, 0, shown), enabled: allowed });
  if (!allowed) return null;
  return (
    <section aria-labelledby={`history-${entityId}`} className="section">
      <h2 id={`history-${entityId}`}>{heading}</h2>
      {history.isPending ? (
        <Loading what="decision history" />
      ) : history.isError ? (
        <Problem error={history.error} />
      ) : (
        <>
          <HistoryList items={history.data.items} authorityId={history.data.authorityId} label={heading} />
          {history.data.total > shown && (
            <Button variant="secondary" onPress={() => setShown(shown + 20)}>
              Show earlier decisions
            </Button>
          )}
        </>
      )}
    </section>
  );
}

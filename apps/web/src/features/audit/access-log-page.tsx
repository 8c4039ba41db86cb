import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../components/button';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { Link } from 'react-router';
import { accessLogOptions, grantedAuthoritiesOptions } from './api/audit.queries';
import { formatRecordedAt } from './components/format';
import './audit.css';

export function AccessLogPage() {
  const [offset, setOffset] = useState(0);
  const log = useQuery(accessLogOptions(offset));
  const authorities = useQuery(grantedAuthoritiesOptions());
  return (
    <>
      <PageHeading title="Auditor access log">Auditor access log</PageHeading>
      <p className="lead">Every question an auditor asked OrgLedger, and every export they downloaded: who, what, which authority and when.</p>
      {log.isPending ? (
        <Loading what="access log" />
      ) : log.isError ? (
        <Problem error={log.error} />
      ) : log.data.total === 0 ? (
        <p className="empty-state">No auditor has looked at anything yet.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">Auditor access log, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Auditor</th>
                  <th scope="col">What</th>
                  <th scope="col">Authority</th>
                </tr>
              </thead>
              <tbody>
                {log.data.items.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <time dateTime={e.at}>{formatRecordedAt(e.at)}</time>
                    </th>
                    <td>{e.userName}</td>
                    <td>{e.operation}</td>
                    <td>{e.authorityName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="button-group">
            <Button variant="secondary" isDisabled={offset === 0} onPress={() => setOffset(Math.max(0, offset - 50))}>
              Newer
            </Button>
            <Button variant="secondary" isDisabled={offset + 50 >= log.data.total} onPress={() => setOffset(offset + 50)}>
              Older
            </Button>
          </div>
        </>
      )}
      <section aria-labelledby="audit-tools-heading" className="section">
        <h2 id="audit-tools-heading">See what the auditors see</h2>
        <ul className="list">
          {(authorities.data ?? []).map((a) => (
            <li key={a.id}>
              {a.name}:{' '}
              <Link to={`/audit/${a.id}/history`}>
                decision history<span className="visually-hidden"> of {a.name}</span>
              </Link>
              ,{' '}
              <Link to={`/audit/${a.id}/verify`}>
                verify and seal<span className="visually-hidden"> {a.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

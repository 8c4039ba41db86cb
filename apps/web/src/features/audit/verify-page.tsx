import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '../../components/button';
import { Loading, Problem } from '../../components/query-status';
import { newCommandId as commandId } from '../../lib/command-id';
import { execute } from '../../lib/graphql';
import { useSession } from '../../lib/session';
import { auditKeys, auditPublicKeyOptions, auditVerificationOptions, SealAuditCheckpointDocument } from './api/audit.queries';
import { AuthorityFrame, type AuditedAuthority } from './components/authority-frame';
import { formatRecordedAt } from './components/format';

const Verdict = ({ ok }: { ok: boolean }) => <span className={ok ? 'audit-ok' : 'audit-broken'}>{ok ? 'Verified' : 'Broken'}</span>;

function Verify({ authority }: { authority: AuditedAuthority }) {
  const result = useQuery(auditVerificationOptions(authority.id));
  const key = useQuery(auditPublicKeyOptions());
  const admin = useSession()?.me.role === 'TENANT_ADMIN';
  const queryClient = useQueryClient();
  const seal = useMutation({
    mutationFn: async () => (await execute(SealAuditCheckpointDocument, { input: { commandId: commandId() } })).sealAuditCheckpoint,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditKeys.all }),
  });
  const r = result.data;
  return (
    <>
      <p>
        Recomputes every event's hash chain and checks every sealed checkpoint against the published audit key. A deleted stream, an edited event or events put
        in another order are all reported.
      </p>
      <div className="button-group">
        <Button onPress={() => void result.refetch()} isDisabled={result.isFetching}>
          Run verification
        </Button>
        {admin && (
          <Button variant="secondary" onPress={() => seal.mutate()} isDisabled={seal.isPending}>
            Seal a checkpoint now
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {seal.isSuccess && (
          <p>
            Checkpoint {seal.data.sequence} seals {seal.data.streams} streams and {seal.data.events} events. Run verification to check it.
          </p>
        )}
      </div>
      {seal.isError && <Problem error={seal.error} />}
      {result.isFetching && <Loading what="verification" />}
      {result.isError && <Problem error={result.error} />}
      {r && !result.isFetching && (
        <>
          <section aria-labelledby="result-heading" className="section">
            <h2 id="result-heading">Result</h2>
            <p role="status" className={r.ok ? 'notice notice--success' : 'notice notice--error'}>
              {r.ok
                ? `Everything verifies: ${r.events} events checked at ${formatRecordedAt(r.checkedAt)}.`
                : `Verification failed at ${formatRecordedAt(r.checkedAt)}.`}
            </p>
            {r.firstBroken && (
              <dl className="summary-list" aria-label="First broken link">
                <div className="summary-list__row">
                  <dt>First broken link</dt>
                  <dd>
                    {r.firstBroken.streamName}, revision {r.firstBroken.revision}
                  </dd>
                </div>
                <div className="summary-list__row">
                  <dt>Why</dt>
                  <dd>{r.firstBroken.reason}</dd>
                </div>
              </dl>
            )}
            <p>
              {r.unsealedEvents === 0
                ? 'Every event is covered by a sealed checkpoint.'
                : `${r.unsealedEvents} events are newer than the last checkpoint; they are sealed at the next checkpoint.`}
            </p>
          </section>
          <section aria-labelledby="checkpoints-heading" className="section">
            <h2 id="checkpoints-heading">Sealed checkpoints</h2>
            {r.checkpoints.length === 0 ? (
              <p className="empty-state">No checkpoint has been sealed yet.</p>
            ) : (
              <div className="table-scroll">
                <table className="table">
                  <caption className="visually-hidden">Sealed checkpoints</caption>
                  <thead>
                    <tr>
                      <th scope="col">Checkpoint</th>
                      <th scope="col">Sealed</th>
                      <th scope="col">Streams</th>
                      <th scope="col">Events</th>
                      <th scope="col">Result</th>
                      <th scope="col">Problems</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.checkpoints.map((c) => (
                      <tr key={c.sequence}>
                        <th scope="row">{c.sequence}</th>
                        <td>{formatRecordedAt(c.sealedAt)}</td>
                        <td>{c.streams}</td>
                        <td>{c.events}</td>
                        <td>
                          <Verdict ok={c.ok} />
                        </td>
                        <td>{c.problems.join('; ') || '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section aria-labelledby="streams-heading" className="section">
            <h2 id="streams-heading">Streams</h2>
            <div className="table-scroll">
              <table className="table">
                <caption className="visually-hidden">Streams and their hash chains</caption>
                <thead>
                  <tr>
                    <th scope="col">Stream</th>
                    <th scope="col">Events</th>
                    <th scope="col">Result</th>
                    <th scope="col">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {r.streams.map((s) => (
                    <tr key={s.streamName}>
                      <th scope="row">{s.streamName}</th>
                      <td>{s.events}</td>
                      <td>
                        <Verdict ok={s.ok} />
                      </td>
                      <td>{s.reason ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
      <section aria-labelledby="key-heading" className="section">
        <h2 id="key-heading">Audit public key</h2>
        <p>
          Verify an export offline with <code>orgledger verify-export FILE --public-key KEY</code>, giving this key (also at{' '}
          <code>/.well-known/orgledger-audit-key</code>).
        </p>
        {key.data && (
          <pre className="audit-raw" tabIndex={0} aria-label={`Public key ${key.data.keyId}`}>
            {key.data.publicKeyPem}
          </pre>
        )}
      </section>
    </>
  );
}

export function VerifyPage() {
  return <AuthorityFrame page="Verify">{(authority) => <Verify key={authority.id} authority={authority} />}</AuthorityFrame>;
}

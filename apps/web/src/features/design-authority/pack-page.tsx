import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { Button } from '../../components/button';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { formatCivilDate } from '../../lib/format';
import { auditRoles, portalRoles } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { useProgrammeContext, type ProgrammeContext, ProgrammeNotFound } from '../tasks';
import { designAuthorityOptions } from './api/design-authority.queries';
import { ConditionsTable, DecisionRecord } from './components/decision-record';
import { SnapshotDetails } from './components/snapshot-details';
import './pack.css';

// Where "back" goes for each kind of reader of the pack.
function useBackLink(programmeId: string): { to: string; label: string } {
  const role = useSession()?.me.role;
  if (role && (portalRoles as readonly string[]).includes(role)) return { to: '/portal', label: 'Home' };
  if (role && (auditRoles as readonly string[]).includes(role)) return { to: '/audit', label: 'Audit' };
  return { to: `/approval/${programmeId}`, label: 'Design Authority' };
}

export function PackPage() {
  const { programmeId = '' } = useParams();
  const context = useProgrammeContext(programmeId);
  const back = useBackLink(programmeId);
  if (context.isPending) return <Loading what="programme" />;
  if (context.isError) return <Problem error={context.error} notFound={<ProgrammeNotFound backTo={back.to} backLabel="Go back" />} />;
  return <Pack context={context.data} back={back} />;
}

// The submission pack: the frozen snapshot and the decision record, laid out to print.
function Pack({ context: { programme, authority }, back }: { context: ProgrammeContext; back: { to: string; label: string } }) {
  const [params] = useSearchParams();
  const da = useQuery(designAuthorityOptions(programme.id));
  const title = `Design Authority submission pack – ${programme.name}`;
  const crumbs = (
    <nav aria-label="Breadcrumb" className="breadcrumbs pack__screen-only">
      <ol>
        <li>
          <Link to={back.to}>{back.label}</Link>
        </li>
        <li aria-current="page">Submission pack</li>
      </ol>
    </nav>
  );
  if (da.isPending)
    return (
      <>
        {crumbs}
        <Loading what="submission pack" />
      </>
    );
  if (da.isError)
    return (
      <>
        {crumbs}
        <Problem error={da.error} />
      </>
    );
  const wanted = params.get('submission');
  const submission = wanted ? da.data.submissions.find((s) => s.submissionId === wanted) : da.data.submissions.at(-1);

  return (
    <article className="pack">
      {crumbs}
      <PageHeading title={title} caption={`${authority.name} – Design Authority`}>
        {title}
      </PageHeading>
      {!submission ? (
        <p className="empty-state">{wanted ? 'There is no such submission for this programme.' : 'Nothing has been submitted to the Design Authority yet.'}</p>
      ) : (
        <>
          <div className="pack__actions pack__screen-only">
            <Button onPress={() => window.print()}>Print</Button>
            <p className="hint">Everything below is the proposal as submitted on {formatCivilDate(submission.submittedOn)}, not today's figures.</p>
          </div>
          <section aria-labelledby="pack-record" className="section pack__section">
            <h2 id="pack-record">Decision record</h2>
            <DecisionRecord submission={submission} />
            {submission.conditions.length > 0 && <ConditionsTable conditions={submission.conditions} caption="Conditions" />}
          </section>
          <SnapshotDetails snapshot={submission.snapshot} idPrefix="pack" />
        </>
      )}
    </article>
  );
}

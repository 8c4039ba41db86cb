import { Link, useParams } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { countLabel } from '../../lib/format';
import { useSession } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { formatFte, formatPence } from '../../lib/units';
import { type ProgrammeContext, ProgrammeHeader, ProgrammePage } from '../tasks';
import { useDesignOption } from './api/use-design-option';
import { OrgChart } from './components/org-chart';
import { RenameOptionForm } from './components/rename-option-form';
import './design.css';
import { SuccessNotice, useFlash } from '../../components/notice';

export function OptionNotFound({ programmeId }: { programmeId: string }) {
  usePageTitle('Design option not found');
  return (
    <>
      <h1 className="page-heading__title">Design option not found</h1>
      <p>We could not find that design option. It may not exist, or you may not have access to it.</p>
      <p>
        <Link to={`/design/${programmeId}`}>Go to the programme's design options</Link>
      </p>
    </>
  );
}

export function DesignOptionPage() {
  return <ProgrammePage backTo="/design" backLabel="Go to the function design of all programmes" page={DesignOption} />;
}

function DesignOption({ context }: { context: ProgrammeContext }) {
  const { programme } = context;
  const { optionId = '' } = useParams();
  const flash = useFlash();
  const session = useSession();
  const canChange = session?.me.role === 'CONSULTANT' || session?.me.role === 'TENANT_ADMIN';
  const query = useDesignOption(programme.id, optionId);
  if (query.isPending) return <Loading what="design option" />;
  if (query.isError) return <Problem error={query.error} notFound={<OptionNotFound programmeId={programme.id} />} />;

  const { option, revision } = query.data;
  const base = `/design/${programme.id}/options/${option.id}`;
  const overall = option.checks.filter((c) => !c.designPostId);
  const titles = new Map(option.posts.map((p) => [p.id, p.title]));
  return (
    <>
      <ProgrammeHeader
        context={context}
        index={{ to: '/design', label: 'Function design' }}
        trail={[{ to: `/design/${programme.id}`, label: programme.name }]}
        current={option.name}
        title={option.name}
      >
        {option.name}
      </ProgrammeHeader>
      <SuccessNotice message={flash} />
      {option.chosen && (
        <p>
          <strong className="tag tag--chosen">Chosen option</strong>
        </p>
      )}
      {option.description && <p className="lead">{option.description}</p>}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Posts</dt>
          <dd>{option.totals.posts}</dd>
        </div>
        <div className="summary-list__row">
          <dt>FTE</dt>
          <dd>{formatFte(option.totals.fte)} FTE</dd>
        </div>
        <div className="summary-list__row">
          <dt>Indicative annual cost</dt>
          <dd>{formatPence(option.totals.indicativeCostPence)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Layers</dt>
          <dd>{option.layers}</dd>
        </div>
      </dl>

      <section aria-labelledby="checks-heading" className="section">
        <h2 id="checks-heading">Design checks</h2>
        <p className="hint">Span-of-control and layering checks are advice: they never stop an option being chosen.</p>
        {option.checks.length === 0 ? (
          <p>No checks raised.</p>
        ) : (
          <ul className="list list--bullet" aria-label={`${countLabel(option.checks.length, 'check')} raised`}>
            {overall.map((c) => (
              <li key={c.message}>{c.message}</li>
            ))}
            {option.checks
              .filter((c) => c.designPostId)
              .map((c) => (
                <li key={`${c.designPostId}-${c.message}`}>
                  {titles.get(c.designPostId!) ?? 'A post'}: {c.message}
                </li>
              ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="chart-heading" className="section">
        <h2 id="chart-heading">Organisation chart</h2>
        {canChange && (
          <div className="button-group section-actions">
            <Link to={`${base}/posts/new`} className="button button--secondary">
              Add a post
            </Link>
          </div>
        )}
        <OrgChart option={option} postHref={canChange ? (id) => `${base}/posts/${id}` : undefined} />
      </section>

      {canChange && (
        <section aria-labelledby="rename-heading" className="section">
          <h2 id="rename-heading">Name and description</h2>
          <RenameOptionForm
            key={`${option.name}|${option.description}`}
            programmeId={programme.id}
            option={option}
            revision={revision}
            onReload={() => query.refetch()}
          />
        </section>
      )}
    </>
  );
}

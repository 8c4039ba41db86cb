import type { ReactNode } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/data-table';
import { humanise } from '../../../lib/format';
import { formatFte, formatPence, sumIntegers } from '../../../lib/units';
import type { Submission } from '../api/design-authority.queries';
import { gapText, SnapshotCosts } from './snapshot-costs';

type Snapshot = Submission['snapshot'];
type Post = Snapshot['posts'][number];
type Year = Snapshot['fundingByYear'][number];
type Deal = Snapshot['deals'][number];
type Grading = Snapshot['grading'][number];

const post = createColumnHelper<Post>();
const year = createColumnHelper<Year>();
const deal = createColumnHelper<Deal>();
const grading = createColumnHelper<Grading & { title: string }>();
const money = (pence: number) => formatPence(pence);

// The proposal exactly as it was submitted: never today's figures.
export function SnapshotDetails({ snapshot, headingLevel = 2, idPrefix }: { snapshot: Snapshot; headingLevel?: 2 | 3; idPrefix: string }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const titles = new Map(snapshot.posts.map((p) => [p.designPostId, p.title]));
  const fte = sumIntegers(snapshot.posts.map((p) => p.fte));
  const gapYear = snapshot.fundingByYear.find((y) => y.financialYear === snapshot.financialYear);
  const section = (id: string, title: string, body: ReactNode) => (
    <section aria-labelledby={`${idPrefix}-${id}`} className="section pack__section">
      <H id={`${idPrefix}-${id}`}>{title}</H>
      {body}
    </section>
  );
  return (
    <>
      {section(
        'design',
        `Design: ${snapshot.optionName}`,
        <DataTable
          caption={`Posts of ${snapshot.optionName}, with their full cost`}
          captionHidden
          data={snapshot.posts}
          getRowId={(p) => p.designPostId}
          emptyMessage="The option had no posts."
          columns={[
            post.accessor('title', { header: 'Post', meta: { rowHeader: true }, footer: 'All posts' }),
            post.accessor('grade', { header: 'Grade', cell: (i) => i.getValue() ?? 'Not graded' }),
            post.accessor('fte', { header: 'FTE', meta: { numeric: true }, cell: (i) => formatFte(i.getValue()), footer: formatFte(fte) }),
            post.accessor('pence', {
              header: `Cost${snapshot.financialYear ? ` ${snapshot.financialYear}` : ' a year'}`,
              meta: { numeric: true },
              cell: (i) => (i.row.original.costedInFull ? money(i.getValue()) : `${money(i.getValue())} (indicative, not graded, not in the total)`),
              footer: money(sumIntegers(snapshot.posts.filter((p) => p.costedInFull).map((p) => p.pence))),
            }),
          ]}
        />,
      )}
      {section('costs', 'Costs', <SnapshotCosts snapshot={snapshot} />)}
      {section(
        'funding',
        'Funding',
        <>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>Agreed by FTE deals</dt>
              <dd>{formatFte(snapshot.agreedFte)} FTE</dd>
            </div>
            <div className="summary-list__row">
              <dt>Needed</dt>
              <dd>{formatFte(snapshot.neededFte)} FTE</dd>
            </div>
            <div className="summary-list__row">
              <dt>Gap in FTE</dt>
              <dd>{formatFte(snapshot.gapFte)} FTE</dd>
            </div>
            {gapYear && (
              <div className="summary-list__row">
                <dt>Gap in pounds, {gapYear.financialYear}</dt>
                <dd>{gapText(gapYear.gapPence)}</dd>
              </div>
            )}
          </dl>
          <DataTable
            caption="Funding by financial year"
            data={snapshot.fundingByYear}
            getRowId={(y) => y.financialYear}
            emptyMessage="No budget had been agreed or needed."
            columns={[
              year.accessor('financialYear', { header: 'Financial year', meta: { rowHeader: true } }),
              year.accessor('agreedPence', { header: 'Agreed', meta: { numeric: true }, cell: (i) => money(i.getValue()) }),
              year.accessor('pipelinePence', { header: 'In the pipeline', meta: { numeric: true }, cell: (i) => money(i.getValue()) }),
              year.accessor('neededPence', { header: 'Needed', meta: { numeric: true }, cell: (i) => money(i.getValue()) }),
              year.accessor('gapPence', { header: 'Gap', meta: { numeric: true }, cell: (i) => gapText(i.getValue()) }),
            ]}
          />
          <DataTable
            caption="FTE deals"
            data={snapshot.deals}
            getRowId={(d) => d.dealId}
            emptyMessage="No FTE deals had been proposed."
            columns={[
              deal.accessor('serviceName', { header: 'Service', meta: { rowHeader: true } }),
              deal.accessor('status', { header: 'Status', cell: (i) => humanise(i.getValue()) }),
              deal.accessor('fte', { header: 'FTE', meta: { numeric: true }, cell: (i) => formatFte(i.getValue()) }),
            ]}
          />
        </>,
      )}
      {section(
        'grading',
        'Job descriptions and grading',
        <DataTable
          caption="Job description and evaluation of each post"
          captionHidden
          data={snapshot.grading.map((g) => ({ ...g, title: titles.get(g.designPostId) ?? 'Post' }))}
          getRowId={(g) => g.designPostId}
          emptyMessage="No post had a job description."
          columns={[
            grading.accessor('title', { header: 'Post', meta: { rowHeader: true } }),
            grading.accessor('jd', { header: 'Job description', cell: (i) => humanise(i.getValue()) }),
            grading.accessor('evaluation', { header: 'Job evaluation', cell: (i) => humanise(i.getValue()) }),
            grading.accessor('grade', { header: 'Grade', cell: (i) => i.getValue() ?? 'Not graded' }),
          ]}
        />,
      )}
      {section('consultation', 'Consultation outline', <p>{snapshot.consultationOutline}</p>)}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { Loading, Problem } from '../../components/query-status';
import { formatFte } from '../../lib/units';
import { useCanEdit } from '../../lib/can-edit';
import { ApprovalHeader } from '../design-authority';
import { type ProgrammeContext, ProgrammePage } from '../tasks';
import { gradeStructuresOptions, postGradingOptions, type PostGrading } from './api/grading.queries';
import { GradeStructureForm, GradeStructureTables } from './components/grade-structure';
import { evaluationStatusLabel, jdStatusLabel } from './components/grading-labels';
import { SuccessNotice } from '../../components/notice';

export function GradingPage() {
  return <ProgrammePage backTo="/approval" backLabel="Go to the approval of all programmes" page={Grading} />;
}

const column = createColumnHelper<PostGrading>();

function Grading({ context }: { context: ProgrammeContext }) {
  const { programme, authority } = context;
  const canEdit = useCanEdit();
  const posts = useQuery(postGradingOptions(programme.id));
  const structures = useQuery(gradeStructuresOptions(authority.id));
  const [flash, setFlash] = useState<string | null>(null);
  const columns = [
    column.accessor('title', {
      header: 'Post',
      meta: { rowHeader: true },
      cell: (i) => <Link to={`/approval/${programme.id}/grading/${i.row.original.designPostId}`}>{i.getValue()}</Link>,
    }),
    column.accessor('fte', { header: 'FTE', meta: { numeric: true }, cell: (i) => formatFte(i.getValue()) }),
    column.accessor('designGrade', { header: 'Design grade', meta: { numeric: true } }),
    column.accessor('jdStatus', { header: 'Job description', cell: (i) => jdStatusLabel(i.getValue(), i.row.original.jobDescription?.version) }),
    column.accessor('evaluationStatus', { header: 'Job evaluation', cell: (i) => evaluationStatusLabel(i.getValue()) }),
    column.accessor('grade', { header: 'Grade', cell: (i) => i.getValue() ?? 'Not yet' }),
    column.accessor('canBeCostedAsFinal', { header: 'Costed as', cell: (i) => (i.getValue() ? 'Final' : 'Provisional') }),
    column.accessor('nextStep', { header: 'Next step', cell: (i) => i.getValue() ?? '–' }),
  ];

  return (
    <>
      <ApprovalHeader context={context} current="Job descriptions and grading" title="Job descriptions and grading">
        Job descriptions and grading
      </ApprovalHeader>
      <SuccessNotice message={flash} />
      <section aria-labelledby="posts-heading" className="section">
        <h2 id="posts-heading">Posts of the chosen option</h2>
        {posts.isPending ? (
          <Loading what="posts" />
        ) : posts.isError ? (
          <Problem error={posts.error} />
        ) : (
          <DataTable
            caption="Job description, evaluation and grade of each post"
            captionHidden
            data={posts.data}
            columns={columns}
            getRowId={(p) => p.designPostId}
            emptyMessage="No design option has been chosen yet, so there are no posts to grade."
          />
        )}
        <p className="hint">A post is costed as final only once its grade comes from an evaluation HR has approved, of the JD version HR approved.</p>
      </section>
      <section aria-labelledby="structure-heading" className="section">
        <h2 id="structure-heading">{authority.name} grade structure</h2>
        {structures.isPending ? (
          <Loading what="grade structure" />
        ) : structures.isError ? (
          <Problem error={structures.error} />
        ) : (
          <>
            <GradeStructureTables structures={structures.data} />
            {canEdit && (
              <>
                <h3>Enter a new version</h3>
                <GradeStructureForm authorityId={authority.id} latest={structures.data.at(-1)} onSaved={setFlash} />
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { formatFte } from '../../lib/units';
import { useCanEdit } from '../../lib/can-edit';
import { ApprovalHeader } from '../design-authority';
import { type ProgrammeContext, ProgrammePage } from '../tasks';
import { gradeStructuresOptions, postGradingOptions } from './api/grading.queries';
import { evaluationStatusLabel, jdStatusLabel } from './components/grading-labels';
import { EvaluationSummary, JobDescriptionSummary } from './components/job-description-summary';
import { JobDescriptionForm } from './components/job-description-form';
import { JobEvaluationForm } from './components/job-evaluation-form';
import { PostNotFound } from './components/post-not-found';
import { SuccessNotice } from '../../components/notice';

export function JobDescriptionPage() {
  return <ProgrammePage backTo="/approval" backLabel="Go to the approval of all programmes" page={JobDescription} />;
}

function JobDescription({ context }: { context: ProgrammeContext }) {
  const { programme, authority } = context;
  const { designPostId = '' } = useParams();
  const canEdit = useCanEdit();
  const posts = useQuery(postGradingOptions(programme.id));
  const structures = useQuery(gradeStructuresOptions(authority.id));
  const [flash, setFlash] = useState<string | null>(null);
  const back = `/approval/${programme.id}/grading`;
  if (posts.isPending) return <Loading what="post" />;
  if (posts.isError) return <Problem error={posts.error} />;
  const post = posts.data.find((p) => p.designPostId === designPostId);
  if (!post) return <PostNotFound back={back} />;
  const grades = structures.data?.at(-1)?.grades.map((g) => g.grade) ?? [];

  return (
    <>
      <ApprovalHeader context={context} current={post.title} title={post.title}>
        {post.title}
      </ApprovalHeader>
      <p>
        <Link to={back}>All posts' job descriptions and grading</Link>
      </p>
      <SuccessNotice message={flash} />
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>FTE</dt>
          <dd>{formatFte(post.fte)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Design grade</dt>
          <dd>{post.designGrade}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Grade</dt>
          <dd>{post.grade ?? 'Not yet graded by an approved evaluation'}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Costed as</dt>
          <dd>{post.canBeCostedAsFinal ? 'Final' : 'Provisional'}</dd>
        </div>
        {post.nextStep && (
          <div className="summary-list__row">
            <dt>Next step</dt>
            <dd>{post.nextStep}</dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="jd-heading" className="section">
        <h2 id="jd-heading">Job description: {jdStatusLabel(post.jdStatus, post.jobDescription?.version)}</h2>
        {post.jobDescription && <JobDescriptionSummary jd={post.jobDescription} />}
        {canEdit && (
          <>
            <h3>{post.jobDescription ? 'Write the next version' : 'Write the job description'}</h3>
            <JobDescriptionForm key={post.jobDescription?.version ?? 0} programmeId={programme.id} post={post} onSubmitted={setFlash} />
          </>
        )}
      </section>
      <section aria-labelledby="je-heading" className="section">
        <h2 id="je-heading">Job evaluation: {evaluationStatusLabel(post.evaluationStatus)}</h2>
        {post.evaluation && <EvaluationSummary evaluation={post.evaluation} />}
        {canEdit && post.jdStatus === 'APPROVED' && (
          <>
            <h3>{post.evaluation ? 'Record a new evaluation' : 'Record the evaluation'}</h3>
            <JobEvaluationForm programmeId={programme.id} post={post} grades={grades} onRecorded={setFlash} />
          </>
        )}
        {canEdit && post.jdStatus !== 'APPROVED' && <p>The post can be evaluated once HR has approved its job description.</p>}
      </section>
    </>
  );
}

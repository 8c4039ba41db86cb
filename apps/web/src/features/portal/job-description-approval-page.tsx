import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useParams } from 'react-router';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, Problem } from '../../components/query-status';
import { TextAreaField } from '../../components/text-area-field';
import { newCommandId } from '../../lib/command-id';
import { changeFailureOf } from '../../lib/change-failure';
import {
  postGradingOptions,
  type PostGrading,
  evaluationStatusLabel,
  jdStatusLabel,
  EvaluationSummary,
  JobDescriptionSummary,
  PostNotFound,
  ApproveJobDescriptionDocument,
  ApproveJobEvaluationDocument,
  RequestJobDescriptionChangesDocument,
  afterGrading,
} from '../grading';
import { type ProgrammeContext, ProgrammePage } from '../tasks';
import { PortalHeading } from './components/portal-heading';
import { useCommand } from '../../lib/use-command';
import { SuccessNotice, ErrorNotice } from '../../components/notice';

export function JobDescriptionApprovalPage() {
  return <ProgrammePage backTo="/portal" backLabel="Go to your home page" page={Approval} />;
}

// The HR business partner reads the latest JD and approves it or sends it back; then approves
// the moderated evaluation of the approved version.
function Approval({ context }: { context: ProgrammeContext }) {
  const { designPostId = '' } = useParams();
  const posts = useQuery(postGradingOptions(context.programme.id));
  const [flash, setFlash] = useState<string | null>(null);
  if (posts.isPending) return <Loading what="job description" />;
  if (posts.isError) return <Problem error={posts.error} />;
  const post = posts.data.find((p) => p.designPostId === designPostId);
  if (!post) return <PostNotFound back="/portal" />;
  const jd = post.jobDescription;
  const e = post.evaluation;
  const evaluationAwaits = e && e.moderated && !e.approved && post.jdStatus === 'APPROVED' && e.jdVersion === jd?.version;

  return (
    <>
      <PortalHeading context={context} title={`Job description: ${post.title}`} />
      <SuccessNotice message={flash} />
      <section aria-labelledby="jd-heading" className="section">
        <h2 id="jd-heading">{jdStatusLabel(post.jdStatus, jd?.version)}</h2>
        {jd ? <JobDescriptionSummary jd={jd} /> : <p>The consultancy has not written this job description yet.</p>}
        {jd && post.jdStatus === 'DRAFT' && <JdDecision context={context} post={post} onDone={setFlash} />}
      </section>
      <section aria-labelledby="je-heading" className="section">
        <h2 id="je-heading">Job evaluation: {evaluationStatusLabel(post.evaluationStatus)}</h2>
        {e ? <EvaluationSummary evaluation={e} /> : <p>No evaluation has been recorded yet.</p>}
        {evaluationAwaits && <EvaluationApproval context={context} post={post} onDone={setFlash} />}
      </section>
    </>
  );
}

// Each answer uses mutateAsync: the refetched page drops the buttons, and the message must still show.
function JdDecision({ context, post, onDone }: { context: ProgrammeContext; post: PostGrading; onDone: (text: string) => void }) {
  const approve = useCommand(ApproveJobDescriptionDocument, afterGrading);
  const sendBack = useCommand(RequestJobDescriptionChangesDocument, afterGrading);
  const [commandId] = useState(newCommandId);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const version = post.jobDescription!.version;
  const failure = changeFailureOf(approve.error) ?? changeFailureOf(sendBack.error);
  const base = { programmeId: context.programme.id, designPostId: post.designPostId, version, commandId };

  function handleSendBack(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sendBack.isPending || approve.isPending) return;
    if (!note.trim()) {
      setError('Enter what needs to change');
      return;
    }
    setError(undefined);
    sendBack.mutateAsync({ ...base, note: note.trim() }).then(
      () => onDone(`Version ${version} sent back to the consultancy with your changes.`),
      () => undefined,
    );
  }

  return (
    <>
      <ErrorSummary problems={error ? [{ fieldId: 'jd-note', message: error }] : []} />
      {failure && <ErrorNotice>{failure.kind === 'stale' ? 'A newer version arrived meanwhile: reload the page.' : failure.message}</ErrorNotice>}
      <h3>Your decision</h3>
      <Button
        onPress={() => {
          if (!approve.isPending && !sendBack.isPending)
            approve.mutateAsync(base).then(
              () => onDone(`Version ${version} of the job description approved.`),
              () => undefined,
            );
        }}
      >
        Approve version {version}
      </Button>
      <Form onSubmit={handleSendBack} validationBehavior="aria" className="form section">
        <TextAreaField id="jd-note" label="Or send it back: what needs to change" value={note} onChange={setNote} error={error} />
        <Button type="submit" variant="secondary">
          Send back for changes
        </Button>
      </Form>
      <p role="status" className="hint">
        {approve.isPending || sendBack.isPending ? 'Recording…' : ''}
      </p>
    </>
  );
}

function EvaluationApproval({ context, post, onDone }: { context: ProgrammeContext; post: PostGrading; onDone: (text: string) => void }) {
  const approve = useCommand(ApproveJobEvaluationDocument, afterGrading);
  const [commandId] = useState(newCommandId);
  const failure = changeFailureOf(approve.error);
  return (
    <>
      {failure && <ErrorNotice>{failure.kind === 'stale' ? 'The evaluation changed meanwhile: reload the page.' : failure.message}</ErrorNotice>}
      <Button
        onPress={() => {
          if (!approve.isPending)
            approve.mutateAsync({ programmeId: context.programme.id, designPostId: post.designPostId, commandId }).then(
              () => onDone(`Evaluation approved: ${post.title} is ${post.evaluation!.grade}.`),
              () => undefined,
            );
        }}
      >
        Approve the evaluation ({post.evaluation!.grade})
      </Button>
      <p role="status" className="hint">
        {approve.isPending ? 'Recording…' : ''}
      </p>
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { newCommandId } from '../../../lib/command-id';
import type { PostGrading } from '../api/grading.queries';
import { linesOf } from './grading-labels';
import { useCommand } from '../../../lib/use-command';
import { DraftJobDescriptionDocument, afterGrading } from '../api/grading.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ChangeFailureNotice } from '../../../components/notice';

// Writing the JD submits it for HR approval: a changed text becomes the next version.
export function JobDescriptionForm({ programmeId, post, onSubmitted }: { programmeId: string; post: PostGrading; onSubmitted: (text: string) => void }) {
  const draft = useCommand(DraftJobDescriptionDocument, afterGrading);
  const jd = post.jobDescription;
  const [commandId, setCommandId] = useState(newCommandId);
  const [purpose, setPurpose] = useState(jd?.purpose ?? '');
  const [accountabilities, setAccountabilities] = useState(jd?.accountabilities.join('\n') ?? '');
  const [essential, setEssential] = useState(jd?.essentialCriteria.join('\n') ?? '');
  const [desirable, setDesirable] = useState(jd?.desirableCriteria.join('\n') ?? '');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const errorOf = (id: string) => problems.find((p) => p.fieldId === id)?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.isPending) return;
    const found: FieldProblem[] = [];
    if (!purpose.trim()) found.push({ fieldId: 'jd-purpose', message: 'Enter the purpose of the post' });
    if (linesOf(accountabilities).length === 0) found.push({ fieldId: 'jd-accountabilities', message: 'Enter at least one accountability' });
    if (linesOf(essential).length === 0) found.push({ fieldId: 'jd-essential', message: 'Enter at least one essential criterion' });
    setProblems(found);
    if (found.length) return;
    draft
      .mutateAsync({
        programmeId,
        designPostId: post.designPostId,
        purpose: purpose.trim(),
        accountabilities: linesOf(accountabilities),
        essentialCriteria: linesOf(essential),
        desirableCriteria: linesOf(desirable),
        commandId,
      })
      .then(
        () => {
          setCommandId(newCommandId());
          onSubmitted(`Job description for ${post.title} submitted for HR approval.`);
        },
        () => undefined,
      );
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      <ChangeFailureNotice error={draft.error} stale="The job description changed meanwhile: reload the page." />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form form--wide">
        <TextAreaField id="jd-purpose" label="Purpose of the post" value={purpose} onChange={setPurpose} error={errorOf('jd-purpose')} />
        <TextAreaField
          id="jd-accountabilities"
          label="Accountabilities"
          hint="One a line."
          rows={6}
          value={accountabilities}
          onChange={setAccountabilities}
          error={errorOf('jd-accountabilities')}
        />
        <TextAreaField
          id="jd-essential"
          label="Person specification: essential criteria"
          hint="One a line."
          rows={4}
          value={essential}
          onChange={setEssential}
          error={errorOf('jd-essential')}
        />
        <TextAreaField
          id="jd-desirable"
          label="Person specification: desirable criteria (optional)"
          hint="One a line."
          rows={3}
          value={desirable}
          onChange={setDesirable}
        />
        <SubmitButton status={draft.isPending ? 'Submitting…' : ''}>Submit for HR approval</SubmitButton>
      </Form>
    </>
  );
}

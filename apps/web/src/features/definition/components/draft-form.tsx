import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import type { Definition } from '../api/definition.queries';
import { draftProblem } from './definition-forms';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';

const ids = { text: 'draft-text', reason: 'draft-reason' } as const;

type DraftFormProps = {
  definition: Definition;
  onSubmit: (text: string, reason: string | null) => void;
  isPending: boolean;
  failure?: string | null;
};

// The page sends the draft: a new version gives this form a fresh key (and the new words), and a
// form that remounts would never hear how its own save ended.
export function DraftForm({ definition, onSubmit, isPending, failure }: DraftFormProps) {
  const [text, setText] = useState(definition.text ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const next = (definition.version ?? 0) + 1;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const problem = draftProblem(text, definition.text);
    setError(problem ?? undefined);
    if (!problem) onSubmit(text.trim(), reason.trim() || null);
  }

  return (
    <>
      <ErrorSummary problems={error ? [{ fieldId: ids.text, message: error }] : []} />
      {failure && !error && <ErrorNotice>{failure}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form form--wide" aria-labelledby="draft-heading">
        <TextAreaField
          id={ids.text}
          label="Definition"
          hint={
            definition.version
              ? `Edit the words of version ${definition.version}. Agreements to it stay in the history; version ${next} needs agreeing again.`
              : 'What contract management covers in this council, and what it does not.'
          }
          value={text}
          onChange={setText}
          error={error}
          rows={10}
          isRequired
        />
        <TextAreaField id={ids.reason} label="Reason (optional)" hint="Kept in the decision history." value={reason} onChange={setReason} />
        <SubmitButton status={isPending ? 'Saving…' : ''}>Save as version {next}</SubmitButton>
      </Form>
    </>
  );
}

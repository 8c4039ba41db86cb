import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { newCommandId } from '../../../lib/command-id';
import { useCommand } from '../../../lib/use-command';
import { SubmitToDesignAuthorityDocument, afterDecision } from '../api/design-authority.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ChangeFailureNotice } from '../../../components/notice';

// Freezes the proposal as it stands today and puts it in front of the Design Authority.
export function SubmitForm({ programmeId, financialYear, onSubmitted }: { programmeId: string; financialYear: string; onSubmitted: () => void }) {
  const submit = useCommand(SubmitToDesignAuthorityDocument, afterDecision);
  const [commandId, setCommandId] = useState(newCommandId);
  const [outline, setOutline] = useState('');
  const [error, setError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    if (!outline.trim()) {
      setError('Enter the consultation outline');
      return;
    }
    setError(undefined);
    submit.mutateAsync({ programmeId, consultationOutline: outline.trim(), financialYear, commandId }).then(
      () => {
        setOutline('');
        setCommandId(newCommandId());
        onSubmitted();
      },
      () => undefined,
    );
  }

  return (
    <>
      <ErrorSummary problems={error ? [{ fieldId: 'submit-outline', message: error }] : []} />
      <ChangeFailureNotice error={submit.error} stale="The proposal changed meanwhile: reload the page and submit again." />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextAreaField
          id="submit-outline"
          label="Consultation outline"
          hint="How staff and the trade unions will be consulted: length, who, when."
          value={outline}
          onChange={setOutline}
          error={error}
        />
        <p className="hint">The chosen design, its {financialYear} costs, the funding position, the deals and the grading are frozen as they stand now.</p>
        <SubmitButton status={submit.isPending ? 'Submitting…' : ''}>Submit to Design Authority</SubmitButton>
      </Form>
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { SubmitButton } from '../../../components/submit-button';

type StepFormProps = {
  summary: string;
  reasonRequired: boolean;
  submitLabel: string;
  warning?: boolean;
  onSubmit: (reason: string) => void;
  isPending?: boolean;
  failure?: string | null;
};

const reasonId = 'step-reason';

// Agree, reject, withdraw: what the step means, the reason for the record, and the button.
export function StepForm({ summary, reasonRequired, submitLabel, warning = false, onSubmit, isPending = false, failure }: StepFormProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    if (reasonRequired && reason.trim() === '') {
      setError('Enter the reason, for the negotiation history');
      return;
    }
    setError(null);
    onSubmit(reason.trim());
  }
  return (
    <>
      <ErrorSummary problems={error ? [{ fieldId: reasonId, message: error }] : []} />
      {failure && !error && (
        <div className="notice notice--error" role="alert">
          <p>{failure}</p>
        </div>
      )}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        {summary && <p>{summary}</p>}
        <TextAreaField
          id={reasonId}
          label={reasonRequired ? 'Reason' : 'Reason (optional)'}
          hint="Kept in the negotiation history, where both sides and auditors read it."
          value={reason}
          onChange={setReason}
          error={error ?? undefined}
        />
        <SubmitButton variant={warning ? 'warning' : 'primary'} status={isPending ? 'Sending…' : ''}>
          {submitLabel}
        </SubmitButton>
      </Form>
    </>
  );
}

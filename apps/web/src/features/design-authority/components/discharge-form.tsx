import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { newCommandId } from '../../../lib/command-id';
import type { Submission } from '../api/design-authority.queries';
import { useCommand } from '../../../lib/use-command';
import { DischargeConditionDocument, afterDecision } from '../api/design-authority.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ChangeFailureNotice } from '../../../components/notice';

type Condition = Submission['conditions'][number];

// Records the evidence that one open condition has been met, as its own decision.
export function DischargeForm({
  programmeId,
  submissionId,
  open,
  onDischarged,
}: {
  programmeId: string;
  submissionId: string;
  open: readonly Condition[];
  onDischarged: (text: string) => void;
}) {
  const discharge = useCommand(DischargeConditionDocument, afterDecision);
  const [commandId, setCommandId] = useState(newCommandId);
  const [conditionId, setConditionId] = useState(open.length === 1 ? open[0]!.conditionId : '');
  const [evidence, setEvidence] = useState('');
  const [problems, setProblems] = useState<{ fieldId: string; message: string }[]>([]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (discharge.isPending) return;
    const found = [
      ...(conditionId ? [] : [{ fieldId: 'discharge-condition', message: 'Choose the condition that has been met' }]),
      ...(evidence.trim() ? [] : [{ fieldId: 'discharge-evidence', message: 'Enter the evidence that the condition has been met' }]),
    ];
    setProblems(found);
    if (found.length) return;
    const text = open.find((c) => c.conditionId === conditionId)?.text ?? 'The condition';
    discharge.mutateAsync({ programmeId, submissionId, conditionId, evidence: evidence.trim(), commandId }).then(
      () => {
        setEvidence('');
        setConditionId('');
        setCommandId(newCommandId());
        onDischarged(text);
      },
      () => undefined,
    );
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      <ChangeFailureNotice error={discharge.error} stale="The conditions changed meanwhile: reload the page." />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="discharge-condition"
          label="Condition met"
          options={open.map((c) => ({ id: c.conditionId, label: c.text }))}
          value={conditionId}
          onChange={setConditionId}
          placeholder="Choose a condition"
          error={problems.find((p) => p.fieldId === 'discharge-condition')?.message}
        />
        <TextAreaField
          id="discharge-evidence"
          label="Evidence"
          hint="What shows the condition is met, such as the signed-off document."
          value={evidence}
          onChange={setEvidence}
          error={problems.find((p) => p.fieldId === 'discharge-evidence')?.message}
        />
        <SubmitButton status={discharge.isPending ? 'Recording…' : ''}>Discharge the condition</SubmitButton>
      </Form>
    </>
  );
}

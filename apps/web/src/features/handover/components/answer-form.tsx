import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { TextAreaField } from '../../../components/text-area-field';
import { newCommandId } from '../../../lib/command-id';
import { ActionProblem } from './action-problem';
import { useCommand } from '../../../lib/use-command';
import { AcceptRecruitmentPlanDocument, ReturnRecruitmentPlanDocument, afterHandoverChange } from '../api/handover.commands';

// The interim service manager accepts the plan (and owns it from then on) or returns it with reasons.
export function AnswerForm({ programmeId, onDone }: { programmeId: string; onDone: (message: string) => void }) {
  const accept = useCommand(AcceptRecruitmentPlanDocument, afterHandoverChange);
  const giveBack = useCommand(ReturnRecruitmentPlanDocument, afterHandoverChange);
  const [reasons, setReasons] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [acceptId] = useState(newCommandId);
  const [returnId] = useState(newCommandId);
  const busy = accept.isPending || giveBack.isPending;
  const fieldId = `return-reasons-${programmeId}`;

  function handleReturn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!reasons.trim()) {
      setError('Say why you are returning the plan');
      return;
    }
    setError(undefined);
    giveBack.mutate({ programmeId, reasons: reasons.trim(), commandId: returnId }, { onSuccess: () => onDone('You returned the plan to the consultancy.') });
  }

  return (
    <>
      <ActionProblem error={accept.error ?? giveBack.error} title="Your answer was not recorded" />
      <Button
        onPress={() =>
          !busy &&
          accept.mutate({ programmeId, commandId: acceptId }, { onSuccess: () => onDone('You accepted the plan. You own it now and record its progress.') })
        }
      >
        Accept the plan
      </Button>
      <Form onSubmit={handleReturn} validationBehavior="aria" className="form">
        <TextAreaField
          id={fieldId}
          label="Or return it, with your reasons"
          hint="The consultancy reads these and redrafts the plan."
          value={reasons}
          onChange={setReasons}
          error={error}
        />
        <Button type="submit" variant="secondary">
          Return the plan
        </Button>
      </Form>
      <p role="status" className="hint">
        {busy ? 'Recording your answer…' : ''}
      </p>
    </>
  );
}

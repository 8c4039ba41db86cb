import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { SelectField } from '../../../components/select-field';
import { newCommandId } from '../../../lib/command-id';
import { ActionProblem } from './action-problem';
import type { Plan } from './plan-table';
import { useCommand } from '../../../lib/use-command';
import { HandOverRecruitmentPlanDocument, afterHandoverChange } from '../api/handover.commands';
import { SubmitButton } from '../../../components/submit-button';

// Hands the drafted plan to one of the council's interim service managers, who answers in the portal.
export function HandOverForm({ plan, onDone }: { plan: Plan; onDone: (message: string) => void }) {
  const managers = plan.interimServiceManagers;
  const [ismUserId, setIsm] = useState(managers.length === 1 ? managers[0]!.userId : '');
  const [error, setError] = useState<string | undefined>();
  const [commandId] = useState(newCommandId);
  const handOver = useCommand(HandOverRecruitmentPlanDocument, afterHandoverChange);
  if (managers.length === 0)
    return <p>The council has no interim service manager with an account yet. Ask an administrator to register one, then hand the plan over.</p>;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (handOver.isPending) return;
    if (!ismUserId) {
      setError('Choose the interim service manager to hand the plan to');
      return;
    }
    setError(undefined);
    const name = managers.find((m) => m.userId === ismUserId)?.displayName ?? 'the interim service manager';
    handOver.mutate({ programmeId: plan.programmeId, ismUserId, commandId }, { onSuccess: () => onDone(`The plan was handed over to ${name}.`) });
  }

  return (
    <>
      <ActionProblem error={handOver.error} title="The plan was not handed over" />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="hand-over-to"
          label="Interim service manager"
          placeholder="Choose a person"
          options={managers.map((m) => ({ id: m.userId, label: m.displayName }))}
          value={ismUserId}
          onChange={setIsm}
          error={error}
        />
        <SubmitButton status={handOver.isPending ? 'Handing over…' : ''}>Hand over the plan</SubmitButton>
      </Form>
    </>
  );
}

import '../design-authority.css';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { DesignAuthorityDecisionKind } from '../../../gql/graphql';
import { newCommandId } from '../../../lib/command-id';
import { DateInput } from '../../../components/date-input';
import { changeFailureOf } from '../../../lib/change-failure';
import { emptyCondition, emptyDecision, readDecision, type ConditionFields, type DecisionFields } from './decision-values';
import { decisionLabel } from './gate-text';
import { useCommand } from '../../../lib/use-command';
import { RecordDesignAuthorityDecisionDocument, afterDecision } from '../api/design-authority.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';

const kinds: DesignAuthorityDecisionKind[] = ['APPROVED', 'APPROVED_WITH_CONDITIONS', 'DEFERRED', 'REJECTED'];

// A Design Authority member records the meeting's decision on the submission in front of it.
export function DecisionForm({ programmeId, submissionId, onDecided }: { programmeId: string; submissionId: string; onDecided: (text: string) => void }) {
  const record = useCommand(RecordDesignAuthorityDecisionDocument, afterDecision);
  const [commandId] = useState(newCommandId);
  const [fields, setFields] = useState<DecisionFields>(emptyDecision);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const failure = changeFailureOf(record.error);
  const set = (patch: Partial<DecisionFields>) => setFields((f) => ({ ...f, ...patch }));
  const setCondition = (i: number, patch: Partial<ConditionFields>) =>
    setFields((f) => ({ ...f, conditions: f.conditions.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const errorOf = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const read = readDecision(fields);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems([]);
    // mutateAsync: once the decision is in, the refetched page drops this form, and the message must still show.
    record.mutateAsync({ ...read.input, programmeId, submissionId, commandId }).then(
      () => onDecided(decisionLabel(read.input.decision)),
      () => undefined,
    );
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      {failure && (
        <ErrorNotice>{failure.kind === 'stale' ? 'The submission changed meanwhile: reload the page and decide again.' : failure.message}</ErrorNotice>
      )}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="decision-kind"
          label="Decision"
          options={kinds.map((k) => ({ id: k, label: decisionLabel(k) }))}
          value={fields.decision}
          onChange={(v) => set({ decision: v as DesignAuthorityDecisionKind })}
          placeholder="Choose the decision"
          error={errorOf('decision-kind')}
        />
        <DateInput
          id="decision-meeting"
          legend="Meeting date"
          value={fields.meeting}
          onChange={(meeting) => set({ meeting })}
          error={errorOf('decision-meeting')}
        />
        {fields.decision === 'APPROVED_WITH_CONDITIONS' && (
          <fieldset className="conditions">
            <legend className="field__label">Conditions</legend>
            {fields.conditions.map((c, i) => (
              <div key={i} className="conditions__item" role="group" aria-label={`Condition ${i + 1}`}>
                <TextAreaField
                  id={`condition-${i}-text`}
                  label={`Condition ${i + 1}`}
                  value={c.text}
                  onChange={(text) => setCondition(i, { text })}
                  error={errorOf(`condition-${i}-text`)}
                />
                <TextField
                  id={`condition-${i}-owner`}
                  label={`Owner of condition ${i + 1}`}
                  hint="A name and role, such as Dev Patel (HR)"
                  value={c.owner}
                  onChange={(owner) => setCondition(i, { owner })}
                  error={errorOf(`condition-${i}-owner`)}
                />
                <DateInput
                  id={`condition-${i}-due`}
                  legend={`Due date of condition ${i + 1}`}
                  value={c.due}
                  onChange={(due) => setCondition(i, { due })}
                  error={errorOf(`condition-${i}-due`)}
                />
                <CheckboxField
                  label="Blocks consultation and recruitment until discharged"
                  isSelected={c.blocking}
                  onChange={(blocking) => setCondition(i, { blocking })}
                />
                {fields.conditions.length > 1 && (
                  <Button variant="secondary" onPress={() => set({ conditions: fields.conditions.filter((_, j) => j !== i) })}>
                    Remove condition {i + 1}
                  </Button>
                )}
              </div>
            ))}
            <Button id="condition-add" variant="secondary" onPress={() => set({ conditions: [...fields.conditions, emptyCondition] })}>
              Add another condition
            </Button>
          </fieldset>
        )}
        {fields.decision === 'DEFERRED' && (
          <TextAreaField
            id="decision-asks-for"
            label="What the Design Authority asks for"
            value={fields.asksFor}
            onChange={(asksFor) => set({ asksFor })}
            error={errorOf('decision-asks-for')}
          />
        )}
        {fields.decision === 'REJECTED' && (
          <TextAreaField
            id="decision-reasons"
            label="Reasons"
            value={fields.reasons}
            onChange={(reasons) => set({ reasons })}
            error={errorOf('decision-reasons')}
          />
        )}
        <SubmitButton status={record.isPending ? 'Recording…' : ''}>Record the decision</SubmitButton>
      </Form>
    </>
  );
}

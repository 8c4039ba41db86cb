import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { newCommandId } from '../../../lib/command-id';
import type { AppealResult, IndividualConsultationOutcome } from '../../../gql/graphql';
import type { ConsultationPlan } from '../api/consultation.queries';
import { ServerFailure, useProblems } from './form-parts';
import { useCommand } from '../../../lib/use-command';
import { RecordIndividualAppealDocument, RecordIndividualOutcomeDocument, afterConsultationChange } from '../api/consultation.commands';

type Person = ConsultationPlan['individuals'][number];
const peopleOptions = (people: readonly Person[]) => people.map((p) => ({ id: p.postId, label: `${p.person} (${p.postReference})` }));
const OUTCOMES: { id: IndividualConsultationOutcome; label: string }[] = [
  { id: 'SLOTTED', label: 'Slotted in or appointed' },
  { id: 'REDEPLOYED', label: 'Redeployed' },
  { id: 'DISMISSED', label: 'Dismissed' },
];
const RESULTS: { id: AppealResult; label: string }[] = [
  { id: 'PENDING', label: 'Pending' },
  { id: 'UPHELD', label: 'Upheld' },
  { id: 'NOT_UPHELD', label: 'Not upheld' },
];

export function OutcomeForm({ planId, people }: { planId: string; people: readonly Person[] }) {
  const record = useCommand(RecordIndividualOutcomeDocument, afterConsultationChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [postId, setPostId] = useState('');
  const [outcome, setOutcome] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const { problems, check, error } = useProblems();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const ok = check([
      [Boolean(postId), 'outcome-person', 'Choose the person'],
      [Boolean(outcome), 'outcome-outcome', 'Choose the outcome'],
      [Boolean(decidedOn), 'outcome-date', 'Enter the date it was decided'],
    ]);
    if (!ok) return;
    record.mutate(
      { planId, postId, outcome: outcome as IndividualConsultationOutcome, decidedOn, commandId },
      { onSuccess: () => setCommandId(newCommandId()) },
    );
  }
  return (
    <>
      <ErrorSummary problems={problems} />
      <ServerFailure error={record.error} />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="outcome-person"
          label="Person"
          options={peopleOptions(people)}
          value={postId}
          onChange={setPostId}
          placeholder="Choose a person"
          error={error('outcome-person')}
        />
        <SelectField
          id="outcome-outcome"
          label="Outcome"
          options={OUTCOMES}
          value={outcome}
          onChange={setOutcome}
          placeholder="Choose an outcome"
          error={error('outcome-outcome')}
        />
        <TextField id="outcome-date" label="Decided on" type="date" value={decidedOn} onChange={setDecidedOn} error={error('outcome-date')} />
        <Button type="submit">Record the outcome</Button>
      </Form>
    </>
  );
}

export function AppealForm({ planId, people }: { planId: string; people: readonly Person[] }) {
  const record = useCommand(RecordIndividualAppealDocument, afterConsultationChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [postId, setPostId] = useState('');
  const [lodgedOn, setLodgedOn] = useState('');
  const [result, setResult] = useState('PENDING');
  const [decidedOn, setDecidedOn] = useState('');
  const { problems, check, error } = useProblems();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const ok = check([
      [Boolean(postId), 'appeal-person', 'Choose the person'],
      [Boolean(lodgedOn), 'appeal-lodged', 'Enter the date the appeal was lodged'],
      [result === 'PENDING' || Boolean(decidedOn), 'appeal-decided', 'Enter the date the appeal was decided'],
    ]);
    if (!ok) return;
    record.mutate(
      { planId, postId, lodgedOn, result: result as AppealResult, decidedOn: result === 'PENDING' ? null : decidedOn, commandId },
      { onSuccess: () => setCommandId(newCommandId()) },
    );
  }
  return (
    <>
      <ErrorSummary problems={problems} />
      <ServerFailure error={record.error} />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="appeal-person"
          label="Person appealing"
          options={peopleOptions(people)}
          value={postId}
          onChange={setPostId}
          placeholder="Choose a person"
          error={error('appeal-person')}
        />
        <TextField id="appeal-lodged" label="Lodged on" type="date" value={lodgedOn} onChange={setLodgedOn} error={error('appeal-lodged')} />
        <SelectField id="appeal-result" label="Result" options={RESULTS} value={result} onChange={setResult} />
        {result !== 'PENDING' && (
          <TextField id="appeal-decided" label="Decided on" type="date" value={decidedOn} onChange={setDecidedOn} error={error('appeal-decided')} />
        )}
        <Button type="submit">Record the appeal</Button>
      </Form>
    </>
  );
}

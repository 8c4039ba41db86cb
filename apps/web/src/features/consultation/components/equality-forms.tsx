import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { humanise } from '../../../lib/format';
import { newCommandId } from '../../../lib/command-id';
import type { ProtectedCharacteristic } from '../../../gql/graphql';
import type { ConsultationPlan } from '../api/consultation.queries';
import { ServerFailure, useProblems } from './form-parts';
import { useCommand } from '../../../lib/use-command';
import { RecordEqualityImpactAssessmentDocument, RecordProtectedCharacteristicsDocument, afterConsultationChange } from '../api/consultation.commands';

const CHARACTERISTICS: ProtectedCharacteristic[] = [
  'AGE',
  'DISABILITY',
  'GENDER_REASSIGNMENT',
  'MARRIAGE_AND_CIVIL_PARTNERSHIP',
  'PREGNANCY_AND_MATERNITY',
  'RACE',
  'RELIGION_OR_BELIEF',
  'SEX',
  'SEXUAL_ORIENTATION',
];

export function EqiaForm({ planId }: { planId: string }) {
  const record = useCommand(RecordEqualityImpactAssessmentDocument, afterConsultationChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [documentRef, setDocumentRef] = useState('');
  const [assessedOn, setAssessedOn] = useState('');
  const [findings, setFindings] = useState('');
  const { problems, check, error } = useProblems();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const ok = check([
      [Boolean(documentRef.trim()), 'eqia-document', 'Enter the EqIA document reference'],
      [Boolean(assessedOn), 'eqia-date', 'Enter the date of the assessment'],
      [Boolean(findings.trim()), 'eqia-findings', 'Enter its findings'],
    ]);
    if (!ok) return;
    record.mutate(
      { planId, documentRef: documentRef.trim(), assessedOn, findings: findings.trim(), commandId },
      { onSuccess: () => setCommandId(newCommandId()) },
    );
  }
  return (
    <>
      <ErrorSummary problems={problems} />
      <ServerFailure error={record.error} />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField id="eqia-document" label="EqIA document reference" value={documentRef} onChange={setDocumentRef} error={error('eqia-document')} />
        <TextField id="eqia-date" label="Assessed on" type="date" value={assessedOn} onChange={setAssessedOn} error={error('eqia-date')} />
        <TextAreaField id="eqia-findings" label="Findings" value={findings} onChange={setFindings} error={error('eqia-findings')} />
        <Button type="submit">Record the EqIA</Button>
      </Form>
    </>
  );
}

// One characteristic of one person at a time, as the council's own category; pseudonymous by post.
export function CharacteristicForm({ planId, people }: { planId: string; people: ConsultationPlan['individuals'] }) {
  const record = useCommand(RecordProtectedCharacteristicsDocument, afterConsultationChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [postId, setPostId] = useState('');
  const [characteristic, setCharacteristic] = useState('');
  const [category, setCategory] = useState('');
  const { problems, check, error } = useProblems();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const ok = check([
      [Boolean(postId), 'trait-person', 'Choose the person'],
      [Boolean(characteristic), 'trait-characteristic', 'Choose the protected characteristic'],
      [Boolean(category.trim()), 'trait-category', 'Enter the group, as the council records it'],
    ]);
    if (!ok) return;
    record.mutate(
      { planId, entries: [{ postId, characteristic: characteristic as ProtectedCharacteristic, category: category.trim() }], commandId },
      {
        onSuccess: () => {
          setCategory('');
          setCommandId(newCommandId());
        },
      },
    );
  }
  return (
    <>
      <ErrorSummary problems={problems} />
      <ServerFailure error={record.error} />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="trait-person"
          label="Person"
          options={people.map((p) => ({ id: p.postId, label: `${p.person} (${p.postReference})` }))}
          value={postId}
          onChange={setPostId}
          placeholder="Choose a person"
          error={error('trait-person')}
        />
        <SelectField
          id="trait-characteristic"
          label="Protected characteristic"
          options={CHARACTERISTICS.map((c) => ({ id: c, label: humanise(c) }))}
          value={characteristic}
          onChange={setCharacteristic}
          placeholder="Choose a characteristic"
          error={error('trait-characteristic')}
        />
        <TextField
          id="trait-category"
          label="Group"
          hint="As the council records it, such as 50 and over"
          value={category}
          onChange={setCategory}
          error={error('trait-category')}
        />
        <Button type="submit">Record the characteristic</Button>
      </Form>
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { formatCivilDate } from '../../../lib/format';
import { newCommandId } from '../../../lib/command-id';
import type { DisclosureItem } from '../../../gql/graphql';
import type { ConsultationPlan } from '../api/consultation.queries';
import { useCommand } from '../../../lib/use-command';
import { RecordDisclosureDocument, afterConsultationChange } from '../api/consultation.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ChangeFailureNotice } from '../../../components/notice';

type Disclosure = ConsultationPlan['disclosures'][number];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// The s.188(4) checklist: each item with the day it was given in writing to the recognised unions.
export function DisclosuresChecklist({ disclosures }: { disclosures: readonly Disclosure[] }) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">Written disclosures under TULRCA s.188(4)</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Given in writing</th>
            <th scope="col">Document</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {disclosures.map((d) => (
            <tr key={d.item}>
              <th scope="row">{capital(d.label)}</th>
              <td>{d.givenOn ? formatCivilDate(d.givenOn) : <span className="tag tag--grey">Not yet given</span>}</td>
              <td>{d.documentRef ?? ''}</td>
              <td>{d.unions.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DisclosureForm({ planId, disclosures }: { planId: string; disclosures: readonly Disclosure[] }) {
  const record = useCommand(RecordDisclosureDocument, afterConsultationChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [item, setItem] = useState('');
  const [givenOn, setGivenOn] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [problems, setProblems] = useState<{ fieldId: string; message: string }[]>([]);
  const options = disclosures.map((d) => ({ id: d.item, label: `${capital(d.label)}${d.given ? ' (given)' : ''}` }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const found = [
      ...(item ? [] : [{ fieldId: 'disclosure-item', message: 'Choose the item that was disclosed' }]),
      ...(givenOn ? [] : [{ fieldId: 'disclosure-date', message: 'Enter the date it was given in writing' }]),
      ...(documentRef.trim() ? [] : [{ fieldId: 'disclosure-document', message: 'Enter the letter or document it was given in' }]),
    ];
    setProblems(found);
    if (found.length) return;
    record.mutate(
      { planId, item: item as DisclosureItem, givenOn, documentRef: documentRef.trim(), commandId },
      {
        onSuccess: () => {
          setItem('');
          setDocumentRef('');
          setCommandId(newCommandId());
        },
      },
    );
  }
  const error = (id: string) => problems.find((p) => p.fieldId === id)?.message;

  return (
    <>
      <ErrorSummary problems={problems} />
      <ChangeFailureNotice error={record.error} stale="The plan changed meanwhile: reload the page." />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="disclosure-item"
          label="Item disclosed"
          options={options}
          value={item}
          onChange={setItem}
          placeholder="Choose an item"
          error={error('disclosure-item')}
        />
        <TextField id="disclosure-date" label="Given in writing on" type="date" value={givenOn} onChange={setGivenOn} error={error('disclosure-date')} />
        <TextField id="disclosure-document" label="Letter or document" value={documentRef} onChange={setDocumentRef} error={error('disclosure-document')} />
        <SubmitButton status={record.isPending ? 'Recording…' : record.isSuccess ? 'Disclosure recorded.' : ''}>Record the disclosure</SubmitButton>
      </Form>
    </>
  );
}

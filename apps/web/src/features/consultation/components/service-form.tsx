import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { formatCivilDate } from '../../../lib/format';
import { newCommandId } from '../../../lib/command-id';
import { useCommand } from '../../../lib/use-command';
import type { ConsultationPlan } from '../api/consultation.queries';
import { RecordContinuousServiceDocument, afterConsultationChange } from '../api/consultation.commands';
import { ServerFailure, useProblems } from './form-parts';

const weeks = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${n} week${n === 1 ? '' : 's'}`);

// Continuous service and notice per person: the statutory minimum (ERA 1996 s.86) on the planned notice day.
export function NoticeTable({ people }: { people: ConsultationPlan['individuals'] }) {
  const recorded = people.filter((p) => p.service);
  if (recorded.length === 0) return <p>No continuous service recorded yet: record it to check each notice against s.86 and the contract.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">Continuous service and notice per person</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Continuous service from</th>
            <th scope="col">Statutory minimum notice</th>
            <th scope="col">Contractual notice</th>
          </tr>
        </thead>
        <tbody>
          {recorded.map((p) => (
            <tr key={p.postId}>
              <td>
                {p.person} ({p.postReference})
              </td>
              <td>{formatCivilDate(p.service!.serviceStart)}</td>
              <td>{p.service!.statutoryNoticeWeeks === null ? 'Plan the notice date to see it' : weeks(p.service!.statutoryNoticeWeeks)}</td>
              <td>{weeks(p.service!.contractualNoticeWeeks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ServiceForm({ planId, people }: { planId: string; people: ConsultationPlan['individuals'] }) {
  const record = useCommand(RecordContinuousServiceDocument, afterConsultationChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [postId, setPostId] = useState('');
  const [serviceStart, setServiceStart] = useState('');
  const [notice, setNotice] = useState('');
  const { problems, check, error } = useProblems();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const ok = check([
      [Boolean(postId), 'service-person', 'Choose the person'],
      [Boolean(serviceStart), 'service-start', 'Enter the date continuous service began'],
      [notice.trim() === '' || /^\d{1,2}$/.test(notice.trim()), 'service-notice', 'Enter the contractual notice as whole weeks, or leave it empty'],
    ]);
    if (!ok) return;
    const contractualNoticeWeeks = notice.trim() === '' ? null : Number(notice.trim());
    record.mutate({ planId, entries: [{ postId, serviceStart, contractualNoticeWeeks }], commandId }, { onSuccess: () => setCommandId(newCommandId()) });
  }
  return (
    <>
      <ErrorSummary problems={problems} />
      <ServerFailure error={record.error} />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="service-person"
          label="Person"
          options={people.map((p) => ({ id: p.postId, label: `${p.person} (${p.postReference})` }))}
          value={postId}
          onChange={setPostId}
          placeholder="Choose a person"
          error={error('service-person')}
        />
        <TextField
          id="service-start"
          label="Continuous service began on"
          type="date"
          value={serviceStart}
          onChange={setServiceStart}
          error={error('service-start')}
        />
        <TextField
          id="service-notice"
          label="Contractual notice in weeks (optional)"
          hint="From the contract or the council’s notice periods by grade; leave empty if not known"
          width="narrow"
          inputMode="numeric"
          value={notice}
          onChange={setNotice}
          error={error('service-notice')}
        />
        <Button type="submit">Record the service</Button>
      </Form>
    </>
  );
}

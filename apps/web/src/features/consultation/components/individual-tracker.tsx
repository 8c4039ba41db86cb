import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { formatCivilDate, humanise } from '../../../lib/format';
import { newCommandId } from '../../../lib/command-id';
import type { IndividualMeetingKind } from '../../../gql/graphql';
import type { ConsultationPlan } from '../api/consultation.queries';
import { useCommand } from '../../../lib/use-command';
import { RecordIndividualMeetingDocument, afterConsultationChange } from '../api/consultation.commands';
import { ChangeFailureNotice } from '../../../components/notice';

type Person = ConsultationPlan['individuals'][number];

// One row per affected person, named by their pseudonymous reference unless the tenant allows names.
export function IndividualTracker({ people }: { people: readonly Person[] }) {
  if (people.length === 0) return <p className="empty-state">No one is affected yet: record slot-ins, ring fences and at-risk decisions first.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">Individual consultation</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Post</th>
            <th scope="col">At risk</th>
            <th scope="col">Meetings</th>
            <th scope="col">Outcome</th>
            <th scope="col">Appeal</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.postId}>
              <th scope="row">{p.person}</th>
              <td>{p.postReference}</td>
              <td>{p.atRisk ? 'Yes' : 'No'}</td>
              <td>{p.meetings.length === 0 ? 'None yet' : p.meetings.map((m) => `${humanise(m.kind)} ${formatCivilDate(m.date)}`).join('; ')}</td>
              <td>
                {p.outcome
                  ? `${humanise(p.outcome)} (${formatCivilDate(p.outcomeDecidedOn!)})`
                  : p.placement
                    ? `${humanise(p.placement)} in the transition map`
                    : 'Open'}
              </td>
              <td>{p.appeal ? `${humanise(p.appeal.result)}, lodged ${formatCivilDate(p.appeal.lodgedOn)}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const KINDS: { id: IndividualMeetingKind; label: string }[] = [
  { id: 'FIRST', label: 'First meeting' },
  { id: 'SECOND', label: 'Second meeting' },
  { id: 'FINAL', label: 'Final meeting' },
  { id: 'OTHER', label: 'Other' },
];

export function IndividualMeetingForm({ planId, people }: { planId: string; people: readonly Person[] }) {
  const record = useCommand(RecordIndividualMeetingDocument, afterConsultationChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [postId, setPostId] = useState('');
  const [date, setDate] = useState('');
  const [kind, setKind] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ fieldId: string; message: string }[]>([]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const found = [
      ...(postId ? [] : [{ fieldId: 'meeting-person', message: 'Choose the person' }]),
      ...(date ? [] : [{ fieldId: 'meeting-date', message: 'Enter the date of the meeting' }]),
      ...(kind ? [] : [{ fieldId: 'meeting-kind', message: 'Choose which meeting it was' }]),
      ...(note.trim() ? [] : [{ fieldId: 'meeting-note', message: 'Enter what was discussed and agreed' }]),
    ];
    setProblems(found);
    if (found.length) return;
    record.mutate(
      { planId, postId, date, kind: kind as IndividualMeetingKind, note: note.trim(), commandId },
      {
        onSuccess: () => {
          setNote('');
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
          id="meeting-person"
          label="Person"
          options={people.map((p) => ({ id: p.postId, label: `${p.person} (${p.postReference})` }))}
          value={postId}
          onChange={setPostId}
          placeholder="Choose a person"
          error={error('meeting-person')}
        />
        <TextField id="meeting-date" label="Date" type="date" value={date} onChange={setDate} error={error('meeting-date')} />
        <SelectField
          id="meeting-kind"
          label="Meeting"
          options={KINDS}
          value={kind}
          onChange={setKind}
          placeholder="Choose a meeting"
          error={error('meeting-kind')}
        />
        <TextAreaField
          id="meeting-note"
          label="Note"
          hint="No health or other special-category detail"
          value={note}
          onChange={setNote}
          error={error('meeting-note')}
        />
        <Button type="submit">Record the meeting</Button>
      </Form>
    </>
  );
}

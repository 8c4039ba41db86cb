import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ErrorNotice } from '../../../components/notice';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { changeFailureOf } from '../../../lib/change-failure';
import { newCommandId } from '../../../lib/command-id';
import { formatCivilDate } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { afterGoLiveChange, SetFunctionGoLiveDateDocument } from '../api/design.commands';

type GoLiveDateProps = { programmeId: string; goLiveDate: string | null | undefined; canChange: boolean; onSaved: (text: string) => void };

// The day the function starts: costs and funding run from it, part-year in its first year.
export function GoLiveDate({ programmeId, goLiveDate, canChange, onSaved }: GoLiveDateProps) {
  const save = useCommand(SetFunctionGoLiveDateDocument, afterGoLiveChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [date, setDate] = useState(goLiveDate ?? '');
  const [reason, setReason] = useState('');
  const failure = changeFailureOf(save.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      { programmeId, goLiveDate: date.trim(), reason, commandId },
      {
        onSuccess: () => {
          setCommandId(newCommandId());
          setReason('');
          onSaved(`The function goes live on ${formatCivilDate(date.trim())}.`);
        },
      },
    );
  }

  return (
    <section aria-labelledby="go-live-heading" className="section">
      <h2 id="go-live-heading">Go-live date</h2>
      <p>
        {goLiveDate
          ? `The function goes live on ${formatCivilDate(goLiveDate)}. Costs and funding run from that day: a year it starts in is costed for its remaining days.`
          : 'No go-live date has been decided: every year is costed in full.'}
      </p>
      {canChange && (
        <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
          {failure?.kind === 'problem' && <ErrorNotice>{failure.message}</ErrorNotice>}
          <TextField id="go-live-date" label="Go-live date" hint="For example, 2027-04-01" width="narrow" value={date} onChange={setDate} />
          <TextAreaField id="go-live-reason" label="Reason for the date" hint="Kept in the decision history." value={reason} onChange={setReason} />
          <Button type="submit">Set the go-live date</Button>
          <p role="status" className="hint">
            {save.isPending ? 'Saving…' : ''}
          </p>
        </Form>
      )}
    </section>
  );
}

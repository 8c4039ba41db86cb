import { useState } from 'react';
import { Form } from 'react-aria-components';
import '../../../components/timeline.css';
import { ErrorSummary } from '../../../components/error-summary';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';
import { TextAreaField } from '../../../components/text-area-field';
import { newCommandId } from '../../../lib/command-id';
import { formatInstant } from '../../../lib/format-instant';
import { useCommand } from '../../../lib/use-command';
import { serverFieldError, useFormState } from '../../../lib/use-form-state';
import { AddDealNoteDocument } from '../api/deals.commands';
import { dealKeys } from '../api/deal.queries';

export type DealNote = { text: string; authorName: string; at: string };

const noteId = 'deal-note';
// The API checks the length (1 to 2,000 characters) and names the field `note` when it refuses.
const readNote = ({ note }: { note: string }) => (note.trim() ? { fields: note.trim() } : { errors: { note: 'Enter the note' } });

function AddNoteForm({ dealId }: { dealId: string }) {
  const [commandId, setCommandId] = useState(newCommandId);
  const [done, setDone] = useState('');
  const add = useCommand(AddDealNoteDocument, { invalidates: [dealKeys.detail(dealId)] });
  const serverError = serverFieldError(add.error, { note: 'note' } as const);
  const form = useFormState({
    initialValues: { note: '' },
    read: readNote,
    fieldOrder: ['note'],
    fieldId: () => noteId,
    isPending: add.isPending,
    serverError,
    onValid: (text) => {
      setDone('');
      add.mutate(
        { dealId, text, commandId },
        {
          onSuccess: () => {
            form.set('note')('');
            setCommandId(newCommandId());
            setDone('Your note was added.');
          },
        },
      );
    },
  });
  const failure = add.error && !serverError ? add.error.message : null;
  return (
    <>
      <ErrorSummary problems={form.problems} />
      {failure && <ErrorNotice>{failure}</ErrorNotice>}
      <Form onSubmit={form.handleSubmit} validationBehavior="aria" className="form">
        <TextAreaField {...form.field('note')} label="Add a note" hint="Plain text, up to 2,000 characters. Both sides and auditors read it." />
        <SubmitButton status={add.isPending ? 'Adding…' : done}>Add the note</SubmitButton>
      </Form>
    </>
  );
}

// Notes on the deal, oldest first, and the form for those who may act on it.
export function DealNotes({ dealId, notes, canAdd }: { dealId: string; notes: readonly DealNote[]; canAdd: boolean }) {
  return (
    <section aria-labelledby="notes-heading" className="section">
      <h2 id="notes-heading">Notes</h2>
      {notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ol className="timeline">
          {notes.map((note, i) => (
            <li key={i} className="timeline__item">
              <p className="timeline__sentence deal-note">{note.text}</p>
              <p className="timeline__meta">
                {note.authorName}, {formatInstant(note.at)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {canAdd && <AddNoteForm dealId={dealId} />}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { newCommandId } from '../../../lib/command-id';
import { changeFailureOf } from '../../../lib/change-failure';
import { ChangedMeanwhile } from '../../../components/changed-meanwhile';
import type { DesignOptionView } from './org-chart-tree';
import { useCommand } from '../../../lib/use-command';
import { DraftDesignOptionDocument, afterDesignChange } from '../api/design.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';

const startEmpty = 'empty';

type DraftOptionFormProps = {
  programmeId: string;
  options: readonly DesignOptionView[];
  revision: number | null | undefined;
  onReload: () => Promise<unknown>;
};

export function DraftOptionForm({ programmeId, options, revision, onReload }: DraftOptionFormProps) {
  const navigate = useNavigate();
  const draft = useCommand(DraftDesignOptionDocument, afterDesignChange);
  const [commandId] = useState(newCommandId);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [copyFrom, setCopyFrom] = useState(startEmpty);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const failure = changeFailureOf(draft.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.isPending) return;
    if (name.trim() === '') {
      setError('Enter a name for the option');
      return;
    }
    setError(null);
    draft.mutate(
      {
        programmeId,
        name: name.trim(),
        description: description.trim() || null,
        reason: reason.trim() || null,
        copyFromOptionId: copyFrom === startEmpty ? null : copyFrom,
        expectedRevision: revision ?? null,
        commandId,
      },
      { onSuccess: (change) => navigate(`/design/${programmeId}/options/${change.optionId}`, { state: { flash: `Option “${name.trim()}” drafted.` } }) },
    );
  }

  if (failure?.kind === 'stale')
    return (
      <ChangedMeanwhile
        what="design"
        onReload={async () => {
          await onReload();
          draft.reset();
        }}
      />
    );
  const nameError = error ?? (failure?.kind === 'problem' && failure.field === 'name' ? failure.message : undefined);
  return (
    <>
      <ErrorSummary problems={nameError ? [{ fieldId: 'draft-name', message: nameError }] : []} />
      {failure?.kind === 'problem' && !nameError && <ErrorNotice>{failure.message}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField
          id="draft-name"
          label="Option name"
          hint="Such as Option C: shared service with a neighbouring council"
          value={name}
          onChange={setName}
          error={nameError}
        />
        <TextAreaField id="draft-description" label="Description (optional)" value={description} onChange={setDescription} />
        <SelectField
          id="draft-copy"
          label="Start from"
          hint="Copy another option's posts to change them, or start with no posts."
          options={[{ id: startEmpty, label: 'No posts' }, ...options.map((o) => ({ id: o.id, label: `A copy of ${o.name}` }))]}
          value={copyFrom}
          onChange={setCopyFrom}
        />
        <TextAreaField id="draft-reason" label="Reason (optional)" hint="Kept in the decision history." value={reason} onChange={setReason} />
        <SubmitButton status={draft.isPending ? 'Drafting…' : ''}>Draft the option</SubmitButton>
      </Form>
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { newCommandId } from '../../../lib/command-id';
import { changeFailureOf } from '../../../lib/change-failure';
import { ChangedMeanwhile } from '../../../components/changed-meanwhile';
import type { DesignOptionView } from './org-chart-tree';
import { useCommand } from '../../../lib/use-command';
import { RenameDesignOptionDocument, afterDesignChange } from '../api/design.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';

type RenameOptionFormProps = { programmeId: string; option: DesignOptionView; revision: number | null | undefined; onReload: () => Promise<unknown> };

export function RenameOptionForm({ programmeId, option, revision, onReload }: RenameOptionFormProps) {
  const rename = useCommand(RenameDesignOptionDocument, afterDesignChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [name, setName] = useState(option.name);
  const [description, setDescription] = useState(option.description);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const failure = changeFailureOf(rename.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (rename.isPending) return;
    if (name.trim() === '') {
      setError('Enter a name for the option');
      return;
    }
    setError(null);
    setSaved(false);
    rename.mutate(
      { programmeId, optionId: option.id, name: name.trim(), description: description.trim(), expectedRevision: revision ?? null, commandId },
      {
        onSuccess: () => {
          setSaved(true);
          setCommandId(newCommandId());
        },
      },
    );
  }

  if (failure?.kind === 'stale')
    return (
      <ChangedMeanwhile
        what="design"
        onReload={async () => {
          await onReload();
          rename.reset();
        }}
      />
    );
  const nameError = error ?? (failure?.kind === 'problem' && failure.field === 'name' ? failure.message : undefined);
  return (
    <>
      <ErrorSummary problems={nameError ? [{ fieldId: 'rename-name', message: nameError }] : []} />
      {failure?.kind === 'problem' && !nameError && <ErrorNotice>{failure.message}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField id="rename-name" label="Option name" value={name} onChange={setName} error={nameError} />
        <TextAreaField id="rename-description" label="Description" value={description} onChange={setDescription} />
        <SubmitButton variant="secondary" status={rename.isPending ? 'Saving…' : saved ? 'Saved.' : ''}>
          Save name and description
        </SubmitButton>
      </Form>
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { newCommandId } from '../../../lib/command-id';
import { formatFte } from '../../../lib/units';
import { changeFailureOf } from '../../../lib/change-failure';
import { ChangedMeanwhile } from '../../../components/changed-meanwhile';
import type { Comparison } from './compare-options';
import { useCommand } from '../../../lib/use-command';
import { ChooseDesignOptionDocument, afterDesignChange } from '../api/design.commands';
import { ErrorNotice } from '../../../components/notice';

type ChooseOptionProps = {
  programmeId: string;
  option: Comparison;
  current: Comparison | undefined;
  revision: number | null | undefined;
  onCancel: () => void;
  onChosen: (name: string) => void;
  onReload: () => Promise<unknown>;
};

const reasonId = 'choose-reason';

// Choosing is a decision auditors read: it needs a reason, and a second look at what it changes.
export function ChooseOption({ programmeId, option, current, revision, onCancel, onChosen, onReload }: ChooseOptionProps) {
  const choose = useCommand(ChooseDesignOptionDocument, afterDesignChange);
  const [commandId] = useState(newCommandId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const failure = changeFailureOf(choose.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (choose.isPending) return;
    if (reason.trim() === '') {
      setError('Enter the reason for choosing this option');
      return;
    }
    setError(null);
    choose.mutate(
      { programmeId, optionId: option.optionId, reason: reason.trim(), expectedRevision: revision ?? null, commandId },
      { onSuccess: () => onChosen(option.name) },
    );
  }

  if (failure?.kind === 'stale') {
    const reload = async () => {
      setReloading(true);
      try {
        await onReload();
      } finally {
        setReloading(false);
        onCancel();
      }
    };
    return <ChangedMeanwhile what="design" onReload={reload} reloading={reloading} />;
  }
  return (
    <section aria-labelledby="choose-heading" className="choose-panel">
      <h2 id="choose-heading">Choose {option.name}</h2>
      <ErrorSummary problems={error ? [{ fieldId: reasonId, message: error }] : []} />
      {failure?.kind === 'problem' && !error && <ErrorNotice>{failure.message}</ErrorNotice>}
      <p>
        The chosen option is what the funding position needs and what the transition map fills. The FTE needed becomes {formatFte(option.fte)} FTE
        {current ? `, from ${formatFte(current.fte)} FTE for ${current.name}` : ''}.
      </p>
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextAreaField
          id={reasonId}
          label="Reason for the choice"
          hint="Kept in the decision history, where the Design Authority and auditors read it."
          value={reason}
          onChange={setReason}
          error={error ?? undefined}
        />
        <div className="button-group">
          <Button type="submit">Yes, choose this option</Button>
          <Button variant="secondary" onPress={onCancel}>
            Cancel
          </Button>
        </div>
        <p role="status" className="hint">
          {choose.isPending ? 'Choosing…' : ''}
        </p>
      </Form>
    </section>
  );
}

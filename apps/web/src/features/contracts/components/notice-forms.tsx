import { useState } from 'react';
import { Form } from 'react-aria-components';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary } from '../../../components/error-summary';
import { ErrorNotice } from '../../../components/notice';
import { SelectField } from '../../../components/select-field';
import { SubmitButton } from '../../../components/submit-button';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { ContractNoticeKind, ContractNoticeTriggerKind } from '../../../gql/graphql';
import { newCommandId } from '../../../lib/command-id';
import { formatCivilDate } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { serverFieldError, useFormState } from '../../../lib/use-form-state';
import { afterStageChange, RecordContractNoticePublishedDocument, RecordContractNoticeTriggerDocument } from '../api/contracts.commands';
import type { TargetContract } from '../api/contracts.queries';
import {
  emptyPublished,
  emptyTrigger,
  needsTrigger,
  noticeKindLabels,
  noticeKindOrder,
  publishedApiFields,
  readPublishedForm,
  readTriggerForm,
  triggerApiFields,
  triggerKindLabels,
  triggerKindOrder,
  type PublishedField,
  type TriggerField,
} from './notice-values';

const triggerKinds = triggerKindOrder.map((k) => ({ id: k, label: triggerKindLabels[k] }));
const noticeKinds = noticeKindOrder.map((k) => ({ id: k, label: noticeKindLabels[k] }));
const triggerFields: TriggerField[] = ['kind', 'occurredOn', 'description'];
const publishedFields: PublishedField[] = ['kind', 'triggerId', 'publishedOn', 'reference'];

export function NoticeTriggerForm({ contract }: { contract: TargetContract }) {
  const [commandId, setCommandId] = useState(newCommandId);
  const [done, setDone] = useState('');
  const record = useCommand(RecordContractNoticeTriggerDocument, afterStageChange);
  const serverError = serverFieldError(record.error, triggerApiFields);
  const form = useFormState({
    initialValues: emptyTrigger,
    read: readTriggerForm,
    fieldOrder: triggerFields,
    fieldId: (f) => `notice-trigger-${f}`,
    isPending: record.isPending,
    serverError,
    onValid: (fields) => {
      setDone('');
      record.mutate(
        { programmeId: contract.programmeId, contractId: contract.id, commandId, ...fields },
        {
          onSuccess: () => {
            setCommandId(newCommandId());
            setDone('Recorded: the notice it calls for is listed above.');
          },
        },
      );
    },
  });
  return (
    <>
      <h3>Record a fact that calls for a notice</h3>
      <ErrorSummary problems={form.problems} />
      {record.error && !serverError && <ErrorNotice>{record.error.message}</ErrorNotice>}
      <Form onSubmit={form.handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="notice-trigger-kind"
          label="What happened"
          placeholder="Choose"
          options={triggerKinds}
          value={form.values.kind}
          onChange={(id) => form.set('kind')(id as ContractNoticeTriggerKind)}
          error={form.errors.kind}
        />
        <DateInput {...form.field('occurredOn')} legend="When" hint="For a modification, the day it takes effect: its change notice is due before then." />
        <TextAreaField {...form.field('description')} label="Description" hint="What happened, as the notice will say it." />
        <SubmitButton status={record.isPending ? 'Recording…' : done}>Record the fact</SubmitButton>
      </Form>
    </>
  );
}

export function NoticePublishedForm({ contract }: { contract: TargetContract }) {
  const [commandId, setCommandId] = useState(newCommandId);
  const [done, setDone] = useState('');
  const record = useCommand(RecordContractNoticePublishedDocument, afterStageChange);
  const serverError = serverFieldError(record.error, publishedApiFields);
  const form = useFormState({
    initialValues: emptyPublished,
    read: readPublishedForm,
    fieldOrder: publishedFields,
    fieldId: (f) => `notice-published-${f}`,
    isPending: record.isPending,
    serverError,
    onValid: (fields) => {
      setDone('');
      record.mutate(
        { programmeId: contract.programmeId, contractId: contract.id, commandId, ...fields },
        {
          onSuccess: () => {
            setCommandId(newCommandId());
            setDone('Recorded as published.');
          },
        },
      );
    },
  });
  const facts = contract.noticeTriggers.map((t) => ({ id: t.triggerId, label: `${formatCivilDate(t.occurredOn)}: ${t.description}` }));
  return (
    <>
      <h3>Record a notice as published</h3>
      <ErrorSummary problems={form.problems} />
      {record.error && !serverError && <ErrorNotice>{record.error.message}</ErrorNotice>}
      <Form onSubmit={form.handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="notice-published-kind"
          label="Notice"
          placeholder="Choose"
          options={noticeKinds}
          value={form.values.kind}
          onChange={(id) => form.set('kind')(id as ContractNoticeKind)}
          error={form.errors.kind}
        />
        {needsTrigger(form.values.kind) && (
          <SelectField
            id="notice-published-triggerId"
            label="The fact it answers"
            placeholder={facts.length ? 'Choose' : 'Record the fact first'}
            options={facts}
            value={form.values.triggerId}
            onChange={(id) => form.set('triggerId')(String(id))}
            error={form.errors.triggerId}
          />
        )}
        <DateInput {...form.field('publishedOn')} legend="Published on" />
        <TextField {...form.field('reference')} label="Reference (optional)" hint="The notice’s identifier on the central digital platform." />
        <SubmitButton status={record.isPending ? 'Recording…' : done}>Record as published</SubmitButton>
      </Form>
    </>
  );
}

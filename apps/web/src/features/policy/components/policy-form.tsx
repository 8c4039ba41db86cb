import { useState } from 'react';
import { Form } from 'react-aria-components';
import { CheckboxField } from '../../../components/checkbox-field';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary } from '../../../components/error-summary';
import { ErrorNotice } from '../../../components/notice';
import { SelectField } from '../../../components/select-field';
import { SubmitButton } from '../../../components/submit-button';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { IncrementalDate, PayProtectionTaper } from '../../../gql/graphql';
import { newCommandId } from '../../../lib/command-id';
import { useCommand } from '../../../lib/use-command';
import { serverFieldError, useFormState } from '../../../lib/use-form-state';
import { RecordPolicyPackDocument, refreshesPolicy } from '../api/policy.commands';
import type { CouncilPolicyView } from '../api/policy.queries';
import { policyApiFields, policyFieldOrder, policyFormValuesOf, readPolicyForm, type PolicyField } from './policy-form-values';

const TAPERS = [
  { id: 'FULL', label: 'Full: the former pay for the whole period' },
  { id: 'STEPPED', label: 'Stepped: a falling share of the difference' },
  { id: 'FROZEN', label: 'Frozen: no pay awards until the new grade catches up' },
];
const INCREMENTS = [
  { id: 'APRIL_1', label: '1 April' },
  { id: 'APPOINTMENT_ANNIVERSARY', label: 'The anniversary of appointment' },
];
const idOf = (field: PolicyField) => `policy-${field}`;

// A new version of the pack, starting from the one in force; it applies from its own date.
export function PolicyForm({ policy, onRecorded }: { policy: CouncilPolicyView; onRecorded: (version: number, from: string) => void }) {
  const record = useCommand(RecordPolicyPackDocument, refreshesPolicy);
  const [commandId, setCommandId] = useState(newCommandId);
  const form = useFormState({
    initialValues: policyFormValuesOf(policy.inForce.pack, ''),
    read: readPolicyForm,
    fieldOrder: policyFieldOrder,
    fieldId: idOf,
    isPending: record.isPending,
    serverError: serverFieldError(record.error, policyApiFields),
    onValid: (fields) =>
      record.mutate(
        { authorityId: policy.authorityId, commandId, ...fields },
        {
          onSuccess: (answer) => {
            setCommandId(newCommandId());
            onRecorded(answer.versions.length, fields.effectiveFrom);
          },
        },
      ),
  });
  const { values, set, field, errors } = form;
  const wholeForm = record.isError && !serverFieldError(record.error, policyApiFields);
  return (
    <>
      <ErrorSummary problems={form.problems} />
      {wholeForm && <ErrorNotice>{record.error.message}</ErrorNotice>}
      <Form onSubmit={form.handleSubmit} validationBehavior="aria" className="form" aria-labelledby="record-heading">
        <DateInput
          id={idOf('effectiveFrom')}
          legend="In force from"
          value={values.effectiveFrom}
          onChange={set('effectiveFrom')}
          error={errors.effectiveFrom}
        />
        <TextField {...field('slotIn')} label="Slot-in threshold (% job match)" width="narrow" isRequired />
        <TextField {...field('ringBelow')} label="Ring fence: grades below the new post" hint="Leave empty for no limit." width="narrow" />
        <TextField {...field('ringAbove')} label="Ring fence: grades above the new post" hint="Leave empty for no limit." width="narrow" />
        <TextField
          {...field('trialWeeks')}
          label="Longest trial by written agreement (weeks)"
          hint="The statutory trial is 4 weeks (ERA 1996 s.138). Leave empty for no council maximum."
          width="narrow"
        />
        <SelectField
          id={idOf('taper')}
          label="Pay protection taper"
          options={TAPERS}
          value={values.taper}
          onChange={(v) => set('taper')(v as PayProtectionTaper)}
        />
        {values.taper === 'STEPPED' ? (
          <TextField {...field('steps')} label="Steps (months at percent of the difference)" hint="For example: 12 at 100, 12 at 66, 12 at 33" />
        ) : (
          <TextField {...field('protectionMonths')} label="Pay protection (months)" hint="At most 60." width="narrow" />
        )}
        <CheckboxField
          isSelected={values.actualWeeksPay}
          onChange={set('actualWeeksPay')}
          label="Use the actual week’s pay instead of the statutory cap"
          hint="SI 2006/2914 reg. 5"
        />
        <TextField
          {...field('multiplier')}
          label="Multiplier (% of the statutory weeks)"
          hint="100 is the statutory weeks; 150 is 1.5 times (reg. 6)."
          width="narrow"
        />
        <TextField {...field('maximumWeeks')} label="Most weeks’ pay in all" hint="104 at most (reg. 6)." width="narrow" />
        <TextField {...field('noticeDefault')} label="Contractual notice for other grades (weeks)" hint="0 for the statutory minimum only." width="narrow" />
        <TextField {...field('noticeBands')} label="Contractual notice by grade" hint="Grades: weeks, such as 7-10: 8, 11+: 12" />
        <SelectField
          id={idOf('incrementalDate')}
          label="Incremental date"
          options={INCREMENTS}
          value={values.incrementalDate}
          onChange={(v) => set('incrementalDate')(v as IncrementalDate)}
        />
        <TextAreaField {...field('reason')} label="Reason" hint="Such as the committee that approved the policy. Kept in the decision history." isRequired />
        <SubmitButton status={record.isPending ? 'Saving…' : ''}>Record this version</SubmitButton>
      </Form>
    </>
  );
}

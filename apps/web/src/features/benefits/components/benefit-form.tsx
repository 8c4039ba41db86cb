import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { BenefitStatus } from '../../../gql/graphql';
import { DateInput } from '../../../components/date-input';
import { statusOptions } from './benefit-labels';
import { benefitFieldOrder, readBenefitForm, type BenefitFields, type BenefitFormField, type BenefitFormValues } from './benefit-form-values';
import { useFormState } from '../../../lib/use-form-state';
import { SubmitButton } from '../../../components/submit-button';

const kindOptions = [
  { id: 'cashable', label: 'Cashable: takes money out of a budget' },
  { id: 'non-cashable', label: 'Non-cashable: frees capacity or improves outcomes' },
];

export const benefitFieldId = (field: BenefitFormField) => `benefit-${field}`;

export type BenefitFormProps = {
  initialValues: BenefitFormValues;
  /** Recording a benefit sets its first status; afterwards it moves with a note. */
  withStatus: boolean;
  submitLabel: string;
  onSubmit: (fields: BenefitFields, status: BenefitStatus, reason: string) => void;
  isPending: boolean;
  serverError?: { field: BenefitFormField; message: string } | null;
};

export function BenefitForm({ initialValues, withStatus, submitLabel, onSubmit, isPending, serverError }: BenefitFormProps) {
  const {
    values,
    set,
    errors: shown,
    problems,
    handleSubmit,
    field,
  } = useFormState({
    initialValues,
    read: readBenefitForm,
    fieldOrder: benefitFieldOrder,
    fieldId: benefitFieldId,
    isPending,
    serverError,
    onValid: (fields, values) => onSubmit(fields, values.status, values.reason.trim()),
  });

  return (
    <>
      <ErrorSummary problems={problems} />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField
          {...field('title')}
          label="Benefit"
          hint="What the new function will achieve, such as Recover overpayments on the 20 largest contracts."
          isRequired
        />
        <SelectField
          id={benefitFieldId('kind')}
          label="Type"
          placeholder="Choose cashable or non-cashable"
          options={kindOptions}
          value={values.kind}
          onChange={(kind) => set('kind')(kind as BenefitFormValues['kind'])}
          error={shown.kind}
        />
        <TextField
          {...field('amount')}
          label="Annual amount, in pounds"
          hint="Such as 450,000.00. For a non-cashable benefit, the value the council puts on it."
          inputMode="decimal"
          isRequired
        />
        <TextField {...field('owner')} label="Owner" hint="The role accountable for the benefit, such as Head of Procurement." isRequired />
        <TextAreaField
          {...field('baseline')}
          label="Baseline (optional)"
          hint="The measure before the change, such as £1.9m off-contract agency spend in 2025/26. Leave it empty while unknown."
        />
        <DateInput {...field('targetDate')} legend="Target date" />
        {withStatus && <SelectField label="Status" options={statusOptions} value={values.status} onChange={(s) => set('status')(s as BenefitStatus)} />}
        <TextAreaField {...field('reason')} label="Reason (optional)" hint="Kept in the decision history." />
        <SubmitButton status={isPending ? 'Saving…' : ''}>{submitLabel}</SubmitButton>
      </Form>
    </>
  );
}

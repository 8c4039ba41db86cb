import { Form } from 'react-aria-components';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, type SelectOption } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { ContractExemption, ContractRisk } from '../../../gql/graphql';
import { DateInput } from '../../../components/date-input';
import { exemptionLabels, exemptionOrder, riskLabels, riskOrder } from './contract-labels';
import { contractFieldOrder, readContractForm, type ContractFields, type ContractFormField, type ContractFormValues } from './contract-form-values';
import { PostComboBox, type PostOption } from './post-combo-box';
import { useFormState } from '../../../lib/use-form-state';
import { SubmitButton } from '../../../components/submit-button';

export type ContractFormProps = {
  initialValues: ContractFormValues;
  services: readonly SelectOption[];
  posts: readonly PostOption[];
  submitLabel: string;
  onSubmit: (fields: ContractFields, reason: string) => void;
  isPending?: boolean;
  /** A problem the API found with one field, shown against that field. */
  serverError?: { field: ContractFormField; message: string } | null;
};

export const contractFieldId = (field: ContractFormField) => `contract-${field}`;

const riskOptions = riskOrder.map((r) => ({ id: r, label: riskLabels[r] }));
const NOT_EXEMPT = 'none';
const exemptionOptions = [{ id: NOT_EXEMPT, label: 'Not exempt' }, ...exemptionOrder.map((e) => ({ id: e, label: exemptionLabels[e] }))];

export function ContractForm({ initialValues, services, posts, submitLabel, onSubmit, isPending = false, serverError }: ContractFormProps) {
  const {
    values,
    set,
    errors: shown,
    problems,
    handleSubmit,
    text,
  } = useFormState({
    initialValues,
    read: readContractForm,
    fieldOrder: contractFieldOrder,
    fieldId: contractFieldId,
    isPending,
    serverError,
    onValid: (fields, values) => onSubmit(fields, values.reason.trim()),
  });

  return (
    <>
      <ErrorSummary problems={problems} />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField {...text('reference')} label="Contract reference" hint="Unique in this register, such as HWY-C009." isRequired />
        <TextField {...text('title')} label="Title" isRequired />
        <TextField {...text('supplier')} label="Supplier" isRequired />
        <SelectField
          id={contractFieldId('serviceId')}
          label="Service"
          hint="The service that owns the contract today."
          placeholder="Choose a service"
          options={services}
          value={values.serviceId}
          onChange={set('serviceId')}
          error={shown.serviceId}
        />
        <TextField
          {...text('annualValue')}
          label="Annual value, in pounds"
          hint="Such as 1,200,000.00. It sets the contract’s tier."
          inputMode="decimal"
          isRequired
        />
        <TextField
          {...text('wholeLifeValue')}
          label="Whole-life value, in pounds"
          hint="The estimated value over the whole term, such as 6,000,000.00. Over £5,000,000.00, the Procurement Act 2023 requires KPIs."
          inputMode="decimal"
          isRequired
        />
        <DateInput id={contractFieldId('startDate')} legend="Start date" value={values.startDate} onChange={set('startDate')} error={shown.startDate} />
        <DateInput id={contractFieldId('endDate')} legend="End date" value={values.endDate} onChange={set('endDate')} error={shown.endDate} />
        <SelectField
          id={contractFieldId('risk')}
          label="Risk"
          placeholder="Choose the risk"
          options={riskOptions}
          value={values.risk}
          onChange={(risk) => set('risk')(risk as ContractRisk)}
          error={shown.risk}
        />
        <CheckboxField
          label="There is a value-for-money concern"
          hint="Such as prices rising faster than inflation, or service standards missed."
          isSelected={values.vfmConcern}
          onChange={set('vfmConcern')}
        />
        {values.vfmConcern && (
          <TextAreaField
            id={contractFieldId('vfmNote')}
            label="Value-for-money concern"
            hint="Say what the concern is."
            value={values.vfmNote}
            onChange={set('vfmNote')}
            error={shown.vfmNote}
            isRequired
          />
        )}
        <PostComboBox
          id={contractFieldId('contractManagerPostId')}
          label="Contract manager post (optional)"
          hint="The post in the establishment that manages the contract today: type part of its reference or title. Leave it empty if no post does."
          posts={posts}
          value={values.contractManagerPostId}
          onChange={set('contractManagerPostId')}
          error={shown.contractManagerPostId}
        />
        <TextField
          {...text('kpisSet')}
          label="KPIs set"
          hint="How many key performance indicators the contract sets, from 0 to 100."
          inputMode="numeric"
          width="narrow"
        />
        <SelectField
          id={contractFieldId('exempt')}
          label="Exemption from the KPI duty"
          hint="Procurement Act 2023 s.52: these contracts need no KPIs, whatever their value."
          options={exemptionOptions}
          value={values.exempt || NOT_EXEMPT}
          onChange={(id) => set('exempt')(id === NOT_EXEMPT ? '' : (id as ContractExemption))}
          error={shown.exempt}
        />
        <TextAreaField
          id={contractFieldId('reason')}
          label="Reason (optional)"
          hint="Kept in the decision history."
          value={values.reason}
          onChange={set('reason')}
          error={shown.reason}
        />
        <SubmitButton status={isPending ? 'Saving…' : ''}>{submitLabel}</SubmitButton>
      </Form>
    </>
  );
}

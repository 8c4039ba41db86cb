import { Form } from 'react-aria-components';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, type SelectOption } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { ContractExemption, ContractRisk, ProcurementRegime } from '../../../gql/graphql';
import { DateInput } from '../../../components/date-input';
import { exemptionLabels, exemptionOrder, regimeLabels, regimeOrder, riskLabels, riskOrder } from './contract-labels';
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
const FROM_DATE = 'from-date';
const regimeOptions = [{ id: FROM_DATE, label: 'Read it from the procurement start date' }, ...regimeOrder.map((r) => ({ id: r, label: regimeLabels[r] }))];
const exemptionOptions = [{ id: NOT_EXEMPT, label: 'Not exempt' }, ...exemptionOrder.map((e) => ({ id: e, label: exemptionLabels[e] }))];

export function ContractForm({ initialValues, services, posts, submitLabel, onSubmit, isPending = false, serverError }: ContractFormProps) {
  const {
    values,
    set,
    errors: shown,
    problems,
    handleSubmit,
    field,
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
        <TextField {...field('reference')} label="Contract reference" hint="Unique in this register, such as HWY-C009." isRequired />
        <TextField {...field('title')} label="Title" isRequired />
        <TextField {...field('supplier')} label="Supplier" isRequired />
        <SelectField
          {...field('serviceId')}
          label="Service"
          hint="The service that owns the contract today."
          placeholder="Choose a service"
          options={services}
        />
        <TextField
          {...field('annualValue')}
          label="Annual value, in pounds"
          hint="Such as 1,200,000.00. It sets the contract’s tier."
          inputMode="decimal"
          isRequired
        />
        <TextField
          {...field('wholeLifeValue')}
          label="Whole-life value, in pounds"
          hint="The estimated value over the whole term, such as 6,000,000.00. Over £5,000,000.00, the Procurement Act 2023 requires KPIs."
          inputMode="decimal"
          isRequired
        />
        <DateInput {...field('startDate')} legend="Start date" />
        <DateInput {...field('endDate')} legend="End date" />
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
        {values.vfmConcern && <TextAreaField {...field('vfmNote')} label="Value-for-money concern" hint="Say what the concern is." isRequired />}
        <PostComboBox
          {...field('contractManagerPostId')}
          label="Contract manager post (optional)"
          hint="The post in the establishment that manages the contract today: type part of its reference or title. Leave it empty if no post does."
          posts={posts}
        />
        <TextField
          {...field('kpisSet')}
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
        <DateInput
          {...field('procurementStartedOn')}
          legend="When the procurement began (optional)"
          hint="When the procurement began, such as the tender notice. Begun on or after 24 February 2025, the contract is under the Procurement Act 2023; before, under the Public Contracts Regulations 2015."
        />
        <SelectField
          id={contractFieldId('regime')}
          label="Regime"
          hint="Choose one only where the date does not decide it, such as a call-off from a framework let under the 2015 Regulations."
          options={regimeOptions}
          value={values.regime || FROM_DATE}
          onChange={(id) => set('regime')(id === FROM_DATE ? '' : (id as ProcurementRegime))}
          error={shown.regime}
        />
        <TextAreaField {...field('reason')} label="Reason (optional)" hint="Kept in the decision history." />
        <SubmitButton status={isPending ? 'Saving…' : ''}>{submitLabel}</SubmitButton>
      </Form>
    </>
  );
}

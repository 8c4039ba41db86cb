import { Form } from 'react-aria-components';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, type SelectOption } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { readPostForm, type PostFields, type PostFormField, type PostFormValues } from './post-form-values';
import { useFormState } from '../../../lib/use-form-state';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';

export type PostFormProps = {
  initialValues: PostFormValues;
  services: readonly SelectOption[];
  /** The consultancy's policy: pseudonymous staff references unless names are allowed. */
  allowPostholderNames?: boolean;
  submitLabel: string;
  onSubmit: (fields: PostFields, reason: string) => void;
  isPending?: boolean;
  /** A problem the API found with one field, shown against that field. */
  serverError?: { field: PostFormField; message: string } | null;
  /** Any other problem the API reported. */
  failure?: string | null;
};

const fieldOrder: PostFormField[] = ['reference', 'serviceId', 'title', 'grade', 'scp', 'fte', 'postholderRef', 'cost', 'reason'];
const fieldId = (key: PostFormField) => `post-${key}`;

export function PostForm({
  initialValues,
  services,
  allowPostholderNames = false,
  submitLabel,
  onSubmit,
  isPending = false,
  serverError,
  failure,
}: PostFormProps) {
  const { values, set, problems, handleSubmit, field } = useFormState({
    initialValues,
    read: readPostForm,
    fieldOrder: fieldOrder,
    fieldId: fieldId,
    isPending,
    serverError,
    onValid: (fields, values) => onSubmit(fields, values.reason.trim()),
  });

  return (
    <>
      <ErrorSummary problems={problems} />
      {failure && problems.length === 0 && <ErrorNotice>{failure}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField {...field('reference')} label="Post reference" hint="Unique in this council, such as HWY-0042." isRequired />
        <SelectField {...field('serviceId')} label="Service" placeholder="Choose a service" options={services} />
        <TextField {...field('title')} label="Job title" isRequired />
        <TextField {...field('grade')} label="Grade" hint="As the council's pay structure names it, such as Grade 9." isRequired />
        <TextField {...field('scp')} label="SCP (optional)" hint="Spinal column point, a whole number from 1 to 99." inputMode="numeric" />
        <TextField {...field('fte')} label="FTE" hint="Full-time equivalent, such as 1 or 0.6 (up to 3 decimal places)." inputMode="decimal" isRequired />
        <CheckboxField label="The post is vacant" isSelected={values.vacant} onChange={set('vacant')} />
        <TextField
          {...field('postholderRef')}
          label={allowPostholderNames ? 'Postholder (optional)' : 'Postholder reference (optional)'}
          hint={
            allowPostholderNames
              ? 'A name or a staff reference such as EMP-0042. Leave it empty for a vacant post.'
              : 'A staff reference such as EMP-0042, not a name. Leave it empty for a vacant post.'
          }
        />
        <TextField {...field('cost')} label="Budgeted annual cost, in pounds" hint="Salary with on-costs, such as 41,200.00." inputMode="decimal" isRequired />
        <TextAreaField {...field('reason')} label="Reason (optional)" hint="Kept in the decision history." />
        <SubmitButton status={isPending ? 'Saving…' : ''}>{submitLabel}</SubmitButton>
      </Form>
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { SelectField, type SelectOption } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { designPostFieldId as fid, readDesignPost, type DesignPostFields, type DesignPostValues } from './design-post-values';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';
import { PostCostingFacts } from './post-costing-facts';

type DesignPostFormProps = {
  initialValues: DesignPostValues;
  managers: readonly SelectOption[];
  submitLabel: string;
  onSubmit: (fields: DesignPostFields, reason: string) => void;
  isPending?: boolean;
  failure?: string | null;
};

export function DesignPostForm({ initialValues, managers, submitLabel, onSubmit, isPending = false, failure }: DesignPostFormProps) {
  const [values, setValues] = useState(initialValues);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const set =
    <K extends keyof DesignPostValues>(key: K) =>
    (value: DesignPostValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const errorFor = (field: keyof DesignPostValues) => problems.find((p) => p.fieldId === fid(field))?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const read = readDesignPost(values);
    setProblems(read.problems);
    if (read.fields) onSubmit(read.fields, reason.trim());
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      {failure && problems.length === 0 && <ErrorNotice>{failure}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField id={fid('title')} label="Job title" value={values.title} onChange={set('title')} error={errorFor('title')} />
        <TextField
          id={fid('grade')}
          label="Grade"
          hint="The council's numbered grade, from 1 to 20."
          width="narrow"
          inputMode="numeric"
          value={values.grade}
          onChange={set('grade')}
          error={errorFor('grade')}
        />
        <TextField
          id={fid('fte')}
          label="FTE"
          hint="Such as 1 or 0.5 (up to 3 decimal places)."
          width="narrow"
          inputMode="decimal"
          value={values.fte}
          onChange={set('fte')}
          error={errorFor('fte')}
        />
        <TextField
          id={fid('cost')}
          label="Indicative annual cost, in pounds"
          hint="Salary with on-costs until Finance has done the full costing, such as 51,300.00."
          inputMode="decimal"
          value={values.cost}
          onChange={set('cost')}
          error={errorFor('cost')}
        />
        <SelectField id={fid('reportsTo')} label="Reports to" options={managers} value={values.reportsTo} onChange={set('reportsTo')} />
        <PostCostingFacts
          values={values}
          onChange={(change) => setValues((v) => ({ ...v, ...change }))}
          errorFor={(fieldId) => problems.find((p) => p.fieldId === fieldId)?.message}
        />
        <TextAreaField
          id={fid('responsibilities')}
          label="Responsibilities"
          hint="One a line."
          rows={5}
          value={values.responsibilities}
          onChange={set('responsibilities')}
        />
        <TextField
          id={fid('jdReference')}
          label="Job description reference (optional)"
          hint="Such as JD-CM-004."
          value={values.jdReference}
          onChange={set('jdReference')}
        />
        <TextAreaField id={fid('reason')} label="Reason (optional)" hint="Kept in the decision history." value={reason} onChange={setReason} />
        <SubmitButton status={isPending ? 'Saving…' : ''}>{submitLabel}</SubmitButton>
      </Form>
    </>
  );
}

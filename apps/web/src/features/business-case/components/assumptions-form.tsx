import { useState } from 'react';
import { Form } from 'react-aria-components';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorNotice } from '../../../components/notice';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { SubmitButton } from '../../../components/submit-button';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { newCommandId } from '../../../lib/command-id';
import { financialYearsAround } from '../../../lib/financial-year';
import { useCommand } from '../../../lib/use-command';
import { serverFieldError, useFormState } from '../../../lib/use-form-state';
import { afterAssumptionsChange, SetBusinessCaseAssumptionsDocument } from '../api/business-case.commands';
import type { BusinessCase } from '../api/business-case.queries';
import { assumptionsApiFields, assumptionsFieldOrder, assumptionsValuesOf, horizonYearsOf, readAssumptions, type AssumptionsField } from './assumptions-values';

const fieldId = (f: AssumptionsField) => `case-${f}`;
const horizons = ['3', '4', '5'].map((n) => ({ id: n, label: `${n} years` }));

// The business case's assumptions, decided with a reason; saving them again unchanged records nothing.
export function AssumptionsForm({ bc, onSaved }: { bc: BusinessCase; onSaved: (text: string) => void }) {
  const save = useCommand(SetBusinessCaseAssumptionsDocument, afterAssumptionsChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const agreedYears = (bc.options[0]?.years ?? []).filter((y) => y.payAward.kind === 'agreed').map((y) => y.financialYear);
  const serverError = serverFieldError(save.error, assumptionsApiFields);
  const { values, set, errors, problems, handleSubmit, field } = useFormState({
    initialValues: assumptionsValuesOf(bc),
    read: (v) => readAssumptions(v, agreedYears),
    fieldOrder: assumptionsFieldOrder,
    fieldId,
    isPending: save.isPending,
    serverError,
    onValid: (fields) =>
      save.mutateAsync({ ...fields, programmeId: bc.programmeId, commandId }).then(
        () => {
          setCommandId(newCommandId());
          onSaved('Business case assumptions saved.');
        },
        () => undefined,
      ),
  });
  const years = financialYearsAround(bc.assumptions.firstYear);
  const awardYears = horizonYearsOf(values.firstYear, values.horizonYears).filter((y) => !agreedYears.includes(y));

  return (
    <>
      <ErrorSummary problems={problems} />
      {save.isError && !serverError && <ErrorNotice>{save.error.message}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id={fieldId('firstYear')}
          label="First financial year"
          options={years.map((y) => ({ id: y, label: y }))}
          value={values.firstYear}
          onChange={set('firstYear')}
          error={errors.firstYear}
        />
        <SelectField
          id={fieldId('horizonYears')}
          label="Years of the medium-term plan"
          options={horizons}
          value={values.horizonYears}
          onChange={set('horizonYears')}
          error={errors.horizonYears}
        />
        <fieldset className="fieldset" id={fieldId('awards')}>
          <legend className="fieldset__legend">Pay awards assumed, where none is agreed</legend>
          {errors.awards && <p className="field__error">{errors.awards}</p>}
          {awardYears.map((y) => (
            <TextField
              key={y}
              id={`case-award-${y.replace('/', '-')}`}
              label={`${y}, per cent`}
              hint="Such as 3 or 2.5; leave empty to assume none"
              width="narrow"
              inputMode="decimal"
              value={values.awards[y] ?? ''}
              onChange={(text) => set('awards')({ ...values.awards, [y]: text })}
            />
          ))}
        </fieldset>
        <TextField
          {...field('vacancy')}
          label="Vacancy factor, per cent"
          hint="The share of pay not spent because posts stand vacant, such as 3"
          width="narrow"
        />
        <CheckboxField isSelected={values.increments} onChange={set('increments')} label="Staff move up one SCP a year until the top of their grade" />
        <TextAreaField {...field('reason')} label="Reason" hint="Why these assumptions: kept in the decision history." />
        <SubmitButton status={save.isPending ? 'Saving…' : ''}>Save assumptions</SubmitButton>
      </Form>
    </>
  );
}

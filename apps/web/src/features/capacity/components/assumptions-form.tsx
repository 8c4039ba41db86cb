import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { TierHoursInput } from '../../../gql/graphql';
import type { CapacityModel } from '../api/capacity.queries';
import { assumptionTiers, assumptionValuesOf, hoursFieldId, productiveFieldId, readAssumptions, type AssumptionErrors } from './assumptions-values';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';

export type AssumptionsInput = { hoursPerContract: TierHoursInput[]; productiveHoursPerFte: number; reason: string | null };

type AssumptionsFormProps = { model: CapacityModel; onSubmit: (input: AssumptionsInput) => void; isPending: boolean; failure?: string | null };

// The page sends the save: a save changes the model, which gives this form a fresh key (so an empty
// reason), and a form that remounts would never hear how its own save ended.
export function AssumptionsForm({ model, onSubmit, isPending, failure }: AssumptionsFormProps) {
  const tiers = assumptionTiers(model);
  const [values, setValues] = useState(() => assumptionValuesOf(model));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<AssumptionErrors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const read = readAssumptions(tiers, values);
    setErrors(read.errors ?? {});
    if (read.errors) return;
    onSubmit({ hoursPerContract: read.hoursPerContract, productiveHoursPerFte: read.productiveHoursPerFte, reason: reason.trim() || null });
  }

  const problems = [...tiers.map(hoursFieldId), productiveFieldId].filter((id) => errors[id]).map((id) => ({ fieldId: id, message: errors[id]! }));
  return (
    <>
      <ErrorSummary problems={problems} />
      {failure && <ErrorNotice>{failure}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form" aria-labelledby="assumptions-heading">
        {tiers.map((tier) => (
          <TextField
            key={tier}
            id={hoursFieldId(tier)}
            label={`Hours a year for each ${tier} contract`}
            inputMode="numeric"
            width="narrow"
            value={values.hours[tier] ?? ''}
            onChange={(text) => setValues((v) => ({ ...v, hours: { ...v.hours, [tier]: text } }))}
            error={errors[hoursFieldId(tier)]}
            isRequired
          />
        ))}
        <TextField
          id={productiveFieldId}
          label="Productive hours one FTE gives a year"
          hint="A 37-hour week over 52 weeks, less leave, bank holidays, sickness and training: about 1,650."
          inputMode="numeric"
          width="narrow"
          value={values.productiveHours}
          onChange={(productiveHours) => setValues((v) => ({ ...v, productiveHours }))}
          error={errors[productiveFieldId]}
          isRequired
        />
        <TextAreaField id="assumptions-reason" label="Reason (optional)" hint="Kept in the decision history." value={reason} onChange={setReason} />
        <SubmitButton status={isPending ? 'Saving…' : ''}>Save assumptions</SubmitButton>
      </Form>
    </>
  );
}

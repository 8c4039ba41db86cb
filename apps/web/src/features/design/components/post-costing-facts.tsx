import type { AllowanceType, HolderAgeBand } from '../../../gql/graphql';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { AGE_UNKNOWN, allowanceFieldId, designPostFieldId as fid, type AllowanceRow, type DesignPostValues } from './design-post-values';

const AGE_BANDS: { id: HolderAgeBand | typeof AGE_UNKNOWN; label: string }[] = [
  { id: AGE_UNKNOWN, label: 'Not known' },
  { id: 'UNDER_21', label: 'Under 21' },
  { id: 'AGED_21_TO_24', label: '21 to 24' },
  { id: 'AGED_25_OR_OVER', label: '25 or over' },
];

const ALLOWANCE_LABELS: Record<AllowanceType, string> = {
  MARKET_SUPPLEMENT: 'Market supplement',
  HONORARIUM: 'Honorarium',
  LONDON_WEIGHTING: 'London weighting',
  ACTING_UP: 'Acting-up allowance',
  SHIFT_OR_UNSOCIAL_HOURS: 'Shift or unsocial hours allowance',
  STANDBY_OR_CALL_OUT: 'Standby or call-out allowance',
  EXPENSES: 'Expenses allowance',
  CAR_ALLOWANCE: 'Car allowance',
  PAYMENT_IN_LIEU_OF_NOTICE: 'Payment in lieu of notice',
  HOLIDAY_PAY_IN_LIEU: 'Pay for holiday not taken',
  RETENTION_PAYMENT: 'Retention payment',
};
const ALLOWANCE_OPTIONS = (Object.entries(ALLOWANCE_LABELS) as [AllowanceType, string][]).map(([id, label]) => ({ id, label }));

type Props = {
  values: Pick<DesignPostValues, 'apprenticeship' | 'holderAgeBand' | 'allowances'>;
  onChange: (change: Partial<DesignPostValues>) => void;
  errorFor: (fieldId: string) => string | undefined;
};

// What the full cost turns on beyond the grade: the employer NI reliefs (apprenticeship, age band)
// and the allowances, each LGPS-pensionable or not by its type.
export function PostCostingFacts({ values, onChange, errorFor }: Props) {
  const setRow = (index: number, change: Partial<AllowanceRow>) =>
    onChange({ allowances: values.allowances.map((row, i) => (i === index ? { ...row, ...change } : row)) });
  return (
    <>
      <CheckboxField
        id={fid('apprenticeship')}
        label="This post is an apprenticeship"
        hint="On an approved apprenticeship standard: no employer NI up to £50,270 a year while the apprentice is under 25."
        isSelected={values.apprenticeship}
        onChange={(apprenticeship) => onChange({ apprenticeship })}
      />
      <SelectField
        id={fid('holderAgeBand')}
        label="Postholder's age band"
        hint="Leave as not known if you do not know: the cost then charges employer NI at the full rate and says so."
        options={AGE_BANDS}
        value={values.holderAgeBand}
        onChange={(band) => onChange({ holderAgeBand: band as DesignPostValues['holderAgeBand'] })}
      />
      <fieldset className="design-allowances">
        <legend className="design-allowances__legend">Allowances (optional)</legend>
        <p className="hint">A year&apos;s amount for the whole post. The full cost charges the LGPS employer rate on the pensionable types only.</p>
        {values.allowances.map((row, i) => (
          <div key={i} className="allowance-row">
            <SelectField
              id={allowanceFieldId(i, 'type')}
              label={`Allowance ${i + 1}: type`}
              options={ALLOWANCE_OPTIONS}
              value={row.type}
              placeholder="Choose a type"
              onChange={(type) => setRow(i, { type: type as AllowanceType })}
              error={errorFor(allowanceFieldId(i, 'type'))}
            />
            <TextField
              id={allowanceFieldId(i, 'amount')}
              label={`Allowance ${i + 1}: pounds a year`}
              inputMode="decimal"
              width="narrow"
              value={row.amount}
              onChange={(amount) => setRow(i, { amount })}
              error={errorFor(allowanceFieldId(i, 'amount'))}
            />
            <Button variant="secondary" onPress={() => onChange({ allowances: values.allowances.filter((_, j) => j !== i) })}>
              Remove allowance {i + 1}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onPress={() => onChange({ allowances: [...values.allowances, { type: '', amount: '' }] })}>
          Add an allowance
        </Button>
      </fieldset>
    </>
  );
}

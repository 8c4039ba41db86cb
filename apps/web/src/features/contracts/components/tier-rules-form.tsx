import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { ContractRisk, TierBandInput } from '../../../gql/graphql';
import { riskLabels, riskOrder } from './contract-labels';
import { addBand, bandFieldId, MAX_TIER_BANDS, moveBand, readTierRules, type BandErrors, type BandValues } from './tier-rules-values';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';

const NO_RISK = 'none';
const riskOptions = [{ id: NO_RISK, label: 'Value only' }, ...riskOrder.map((r) => ({ id: r, label: `${riskLabels[r]} or higher` }))];

export type TierRulesFormProps = {
  initialBands: BandValues[];
  onSubmit: (bands: TierBandInput[], reason: string) => void;
  isPending: boolean;
  failure?: string | null;
};

// Ordered bands, highest tier first: a contract takes the first band whose minimum annual value it
// reaches, or whose risk it reaches. The last band takes every contract left.
export function TierRulesForm({ initialBands, onSubmit, isPending, failure }: TierRulesFormProps) {
  const [bands, setBands] = useState(initialBands);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<BandErrors>({});
  const setBand = (key: string, change: Partial<BandValues>) => setBands((all) => all.map((b) => (b.key === key ? { ...b, ...change } : b)));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const read = readTierRules(bands);
    setErrors(read.errors ?? {});
    if (read.bands) onSubmit(read.bands, reason.trim());
  }

  const problems = bands.flatMap((b) =>
    (['tier', 'minimum'] as const)
      .map((f) => bandFieldId(b.key, f))
      .filter((id) => errors[id])
      .map((id) => ({ fieldId: id, message: errors[id]! })),
  );

  return (
    <>
      <ErrorSummary problems={problems} />
      {failure && problems.length === 0 && <ErrorNotice>{failure}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form form--wide" aria-labelledby="rules-heading">
        <ol className="tier-bands">
          {bands.map((band, index) => {
            const last = index === bands.length - 1;
            const name = band.tier.trim() || `band ${index + 1}`;
            return (
              <li key={band.key} className="tier-band">
                <fieldset className="date-input" aria-describedby={last ? `${band.key}-catch-all` : undefined}>
                  <legend className="tier-band__title">{last ? `Band ${index + 1}: every remaining contract` : `Band ${index + 1}`}</legend>
                  {last && (
                    <p id={`${band.key}-catch-all`} className="field__hint">
                      The catch-all band: minimum £0.00 and any risk.
                    </p>
                  )}
                  <div className="tier-band__fields">
                    <TextField
                      id={bandFieldId(band.key, 'tier')}
                      label="Tier name"
                      value={band.tier}
                      onChange={(tier) => setBand(band.key, { tier })}
                      error={errors[bandFieldId(band.key, 'tier')]}
                      isRequired
                    />
                    {!last && (
                      <>
                        <TextField
                          id={bandFieldId(band.key, 'minimum')}
                          label="Minimum annual value, in pounds"
                          value={band.minimum}
                          onChange={(minimum) => setBand(band.key, { minimum })}
                          error={errors[bandFieldId(band.key, 'minimum')]}
                          inputMode="decimal"
                          isRequired
                        />
                        <SelectField
                          label="Or risk at least"
                          options={riskOptions}
                          value={band.risk || NO_RISK}
                          onChange={(id) => setBand(band.key, { risk: id === NO_RISK ? '' : (id as ContractRisk) })}
                        />
                      </>
                    )}
                  </div>
                  {!last && (
                    <div className="tier-band__actions">
                      {index > 0 && (
                        <Button variant="link" onPress={() => setBands((all) => moveBand(all, index, -1))}>
                          Move {name} up
                        </Button>
                      )}
                      {index < bands.length - 2 && (
                        <Button variant="link" onPress={() => setBands((all) => moveBand(all, index, 1))}>
                          Move {name} down
                        </Button>
                      )}
                      <Button variant="link" onPress={() => setBands((all) => all.filter((b) => b.key !== band.key))}>
                        Remove {name}
                      </Button>
                    </div>
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
        {bands.length < MAX_TIER_BANDS && (
          <Button variant="secondary" onPress={() => setBands(addBand)}>
            Add a band
          </Button>
        )}
        <TextAreaField id="rules-reason" label="Reason (optional)" hint="Kept in the decision history." value={reason} onChange={setReason} />
        <SubmitButton status={isPending ? 'Saving…' : ''}>Save tier rules</SubmitButton>
      </Form>
    </>
  );
}

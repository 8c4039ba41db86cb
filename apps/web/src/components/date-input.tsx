import type { DateParts } from '../lib/civil-date';

export type DateInputProps = {
  /** The day box's id, so an error summary can link to the date. */
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: string;
};

const boxes = [
  { key: 'day', label: 'Day', width: 'date-input__input--2' },
  { key: 'month', label: 'Month', width: 'date-input__input--2' },
  { key: 'year', label: 'Year', width: 'date-input__input--4' },
] as const;

// GOV.UK's date input: three boxes in a fieldset, read exactly into YYYY-MM-DD by readDateParts.
export function DateInput({ id, legend, hint = 'For example, 1 4 2026', value, onChange, error }: DateInputProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="date-input" role="group" aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
        <legend className="field__label">{legend}</legend>
        <p id={hintId} className="field__hint">
          {hint}
        </p>
        {error && (
          <p id={errorId} className="field__error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <div className="date-input__boxes">
          {boxes.map((box) => {
            const boxId = box.key === 'day' ? id : `${id}-${box.key}`;
            return (
              <div key={box.key} className="date-input__item">
                <label htmlFor={boxId} className="date-input__label">
                  {box.label}
                </label>
                <input
                  id={boxId}
                  className={`field__input ${box.width}`}
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[box.key]}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) => onChange({ ...value, [box.key]: event.target.value })}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

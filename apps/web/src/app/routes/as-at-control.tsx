import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/button';
import { AS_OF_PARAM, formatAsOf, fromLocalInput, getAsOf, setAsOf, toLocalInput, useAsOf } from '../../lib/as-of';

// Keeps `?asOf=` and the as-at value in step: the URL wins when it changes (a link, a reload,
// the back button); a link that drops the parameter gets it back while as-at is on.
function useAsOfInUrl() {
  const [params, setParams] = useSearchParams();
  const inUrl = params.get(AS_OF_PARAM);
  useEffect(() => {
    const current = getAsOf();
    if (inUrl !== null && inUrl !== current) setAsOf(inUrl);
    else if (inUrl === null && current) setParams((p) => (p.set(AS_OF_PARAM, current), p), { replace: true });
  }, [inUrl, setParams]);
  return (value: string | null) => {
    setAsOf(value);
    setParams((p) => (value ? p.set(AS_OF_PARAM, value) : p.delete(AS_OF_PARAM), p));
  };
}

// "As at" in the app shell: one date-time for every screen, and "Back to now".
export function AsAtControl() {
  const asOf = useAsOf();
  const show = useAsOfInUrl();
  const [draft, setDraft] = useState(asOf ? toLocalInput(asOf) : '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(asOf ? toLocalInput(asOf) : ''), [asOf]);

  const apply = () => {
    const iso = fromLocalInput(draft);
    if (!iso) return setError('Enter a date and time, for example 1 March 2026 09:00');
    if (Date.parse(iso) > Date.now()) return setError('Enter a date and time in the past');
    setError(null);
    if (iso !== asOf) show(iso);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    apply();
  };

  return (
    <div className="as-at">
      <form className="as-at__form width-container" onSubmit={onSubmit} noValidate>
        <label className="as-at__label" htmlFor="as-at-input">
          As at
        </label>
        <input
          id="as-at-input"
          className="field__input as-at__input"
          type="datetime-local"
          value={draft}
          max={toLocalInput(new Date().toISOString())}
          aria-describedby={error ? 'as-at-error' : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        <Button type="submit" variant="secondary" readOnlySafe>
          Show
        </Button>
        {asOf && (
          <Button variant="secondary" readOnlySafe onPress={() => (setError(null), show(null))}>
            Back to now
          </Button>
        )}
        {error && (
          <p id="as-at-error" className="field__error">
            {error}
          </p>
        )}
      </form>
      {asOf && (
        <div className="notice as-at__banner width-container" role="status">
          <p>
            <strong>Read-only: showing OrgLedger as at {formatAsOf(asOf)}</strong>
          </p>
        </div>
      )}
    </div>
  );
}

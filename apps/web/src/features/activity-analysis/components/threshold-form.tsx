import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';

export const DEFAULT_THRESHOLD = 50;

export function parseThreshold(text: string | null): number | null {
  if (text === null) return null;
  const value = text.trim();
  return /^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 100 ? Number(value) : null;
}

// A post is substantive when its contract-management share is at least this whole percent.
export function ThresholdForm({ value, onChange }: { value: number; onChange: (threshold: number) => void }) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const threshold = parseThreshold(text);
    if (threshold === null) {
      setError('Enter a whole number from 1 to 100');
      return;
    }
    setError(undefined);
    onChange(threshold);
  }

  return (
    <Form onSubmit={handleSubmit} validationBehavior="aria" className="inline-form" aria-label="Substantive threshold">
      <TextField
        id="threshold"
        label="Substantive threshold, percent"
        hint="A post counts as substantive when contract management is at least this share of its time."
        inputMode="numeric"
        value={text}
        onChange={setText}
        error={error}
        width="narrow"
      />
      <Button type="submit" variant="secondary">
        Update figures
      </Button>
    </Form>
  );
}

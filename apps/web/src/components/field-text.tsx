import { FieldError, Label, Text } from 'react-aria-components';

// The label, hint and error of a React Aria field, in the order GOV.UK shows them; the field
// around it links them to its input.
export function FieldText({ label, hint, error }: { label: string; hint?: string; error?: string }) {
  return (
    <>
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <FieldError className="field__error">
        <span className="visually-hidden">Error: </span>
        {error}
      </FieldError>
    </>
  );
}

import { FieldError, Label, Text, TextArea, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';

export type TextAreaFieldProps = Omit<AriaTextFieldProps, 'className' | 'isInvalid'> & {
  label: string;
  hint?: string;
  error?: string;
  rows?: number;
};

export function TextAreaField({ label, hint, error, rows = 3, ...props }: TextAreaFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={Boolean(error)} className="field">
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
      <TextArea className="field__input field__input--textarea" rows={rows} />
    </AriaTextField>
  );
}

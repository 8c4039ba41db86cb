import { TextArea, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';
import { FieldText } from './field-text';

export type TextAreaFieldProps = Omit<AriaTextFieldProps, 'className' | 'isInvalid'> & {
  label: string;
  hint?: string;
  error?: string;
  rows?: number;
};

export function TextAreaField({ label, hint, error, rows = 3, ...props }: TextAreaFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={Boolean(error)} className="field">
      <FieldText label={label} hint={hint} error={error} />
      <TextArea className="field__input field__input--textarea" rows={rows} />
    </AriaTextField>
  );
}

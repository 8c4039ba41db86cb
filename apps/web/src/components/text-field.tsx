import { Input, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';
import { FieldText } from './field-text';

export type TextFieldProps = Omit<AriaTextFieldProps, 'className' | 'isInvalid'> & {
  label: string;
  hint?: string;
  error?: string;
  /** Narrow inputs for short answers, such as a percentage. */
  width?: 'full' | 'narrow';
};

// Errors are passed in (server or submit-time validation) so messages follow one wording style.
export function TextField({ label, hint, error, width = 'full', ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={Boolean(error)} className={width === 'narrow' ? 'field field--narrow' : 'field'}>
      <FieldText label={label} hint={hint} error={error} />
      <Input className="field__input" />
    </AriaTextField>
  );
}

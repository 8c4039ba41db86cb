import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { useReadOnly } from '../lib/as-of';

export type ButtonProps = Omit<AriaButtonProps, 'className'> & {
  variant?: 'primary' | 'secondary' | 'warning' | 'link' | 'inverse';
  /** Still usable while showing the past ("As at"): it changes nothing (filters, print, navigation). */
  readOnlySafe?: boolean;
};

// While showing the past, buttons that submit a form or do something drastic are disabled.
export function Button({ variant = 'primary', readOnlySafe = false, isDisabled, ...props }: ButtonProps) {
  const readOnly = useReadOnly() && !readOnlySafe && (props.type === 'submit' || variant === 'warning');
  return <AriaButton {...props} isDisabled={isDisabled || readOnly} className={`button button--${variant}`} />;
}

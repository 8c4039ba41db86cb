import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonProps = Omit<AriaButtonProps, 'className'> & { variant?: 'primary' | 'secondary' | 'warning' | 'link' | 'inverse' };

export function Button({ variant = 'primary', ...props }: ButtonProps) {
  return <AriaButton {...props} className={`button button--${variant}`} />;
}

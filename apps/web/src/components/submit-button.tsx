import type { ReactNode } from 'react';
import { Button, type ButtonProps } from './button';

type SubmitButtonProps = Omit<ButtonProps, 'type' | 'children'> & {
  children: ReactNode;
  // What is happening or has happened ("Saving…"), announced to screen readers; empty when idle.
  status: ReactNode;
};

// A form's submit button with the live status line under it.
export function SubmitButton({ status, children, ...props }: SubmitButtonProps) {
  return (
    <>
      <Button type="submit" {...props}>
        {children}
      </Button>
      <p role="status" className="hint">
        {status}
      </p>
    </>
  );
}

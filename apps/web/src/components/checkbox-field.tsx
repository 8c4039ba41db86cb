import { Checkbox, type CheckboxProps } from 'react-aria-components';

export type CheckboxFieldProps = Omit<CheckboxProps, 'className' | 'children'> & { label: string; hint?: string };

export function CheckboxField({ label, hint, ...props }: CheckboxFieldProps) {
  return (
    <Checkbox {...props} className="checkbox">
      {({ isSelected }) => (
        <>
          <span className="checkbox__box" aria-hidden="true">
            {isSelected ? '✓' : ''}
          </span>
          <span className="checkbox__label">
            {label}
            {hint && <span className="checkbox__hint">{hint}</span>}
          </span>
        </>
      )}
    </Checkbox>
  );
}

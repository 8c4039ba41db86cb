import { Button, ListBox, ListBoxItem, Popover, Select, SelectValue, type Key } from 'react-aria-components';
import { FieldText } from './field-text';

export type SelectOption = { id: string; label: string };

export type SelectFieldProps = {
  label: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
  /** Lands on the trigger button, so an error summary can link to it. */
  id?: string;
  hint?: string;
  error?: string;
  placeholder?: string;
};

export function SelectField({ label, options, value, onChange, id, hint, error, placeholder }: SelectFieldProps) {
  return (
    <Select
      id={id}
      className="field select"
      value={value === '' ? null : value}
      placeholder={placeholder}
      isInvalid={Boolean(error)}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key));
      }}
    >
      <FieldText label={label} hint={hint} error={error} />
      <Button className="select__button">
        <SelectValue />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </Button>
      <Popover className="select__popover">
        <ListBox className="select__list" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="select__option">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

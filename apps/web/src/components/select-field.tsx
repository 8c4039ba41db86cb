import {
  Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, type Key,
} from 'react-aria-components';

export type SelectOption = { id: string; label: string };

export type SelectFieldProps = {
  label: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
};

export function SelectField({ label, options, value, onChange }: SelectFieldProps) {
  return (
    <Select
      className="field select"
      value={value}
      onChange={(key: Key | null) => { if (key !== null) onChange(String(key)); }}
    >
      <Label className="field__label">{label}</Label>
      <Button className="select__button">
        <SelectValue />
        <span aria-hidden="true" className="select__chevron">▾</span>
      </Button>
      <Popover className="select__popover">
        <ListBox className="select__list" items={options}>
          {(option) => <ListBoxItem id={option.id} className="select__option">{option.label}</ListBoxItem>}
        </ListBox>
      </Popover>
    </Select>
  );
}

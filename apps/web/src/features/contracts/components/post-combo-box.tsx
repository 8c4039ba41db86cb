import { Button, ComboBox, Input, ListBox, ListBoxItem, Popover, type Key } from 'react-aria-components';
import { FieldText } from '../../../components/field-text';

export type PostOption = { id: string; reference: string; title: string; serviceName: string };

export type PostComboBoxProps = {
  id: string;
  label: string;
  hint?: string;
  posts: readonly PostOption[];
  /** The chosen post's id, or '' for none. */
  value: string;
  onChange: (postId: string) => void;
  error?: string;
};

// A council has hundreds of posts: type part of a reference or title to narrow the list. An empty
// box means no post; clearing the box clears the choice.
export function PostComboBox({ id, label, hint, posts, value, onChange, error }: PostComboBoxProps) {
  const items = posts.map((p) => ({ id: p.id, text: `${p.reference} – ${p.title} (${p.serviceName})` }));
  return (
    <ComboBox
      className="field combo"
      defaultItems={items}
      selectedKey={value === '' ? null : value}
      onSelectionChange={(key: Key | null) => onChange(key === null ? '' : String(key))}
      isInvalid={Boolean(error)}
      menuTrigger="focus"
    >
      <FieldText label={label} hint={hint} error={error} />
      <div className="combo__control">
        <Input id={id} className="field__input combo__input" />
        <Button className="combo__button" aria-label="Show posts">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Popover className="select__popover combo__popover">
        <ListBox className="select__list">
          {(item: { id: string; text: string }) => (
            <ListBoxItem id={item.id} textValue={item.text} className="select__option">
              {item.text}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

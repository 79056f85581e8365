// Small pieces the forms and lists of the Exports section share, so they look and read alike.
import type { Ref } from 'react';

/** A labelled one-line text input that must be filled. */
export function TextField({
  id,
  label,
  value,
  placeholder,
  wide,
  inputRef,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  wide?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onChange(value: string): void;
}): React.JSX.Element {
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        required
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** The button at the end of a table row that starts a removal, named after what it removes. */
export function RowActionButton({
  action,
  of,
  onClick,
}: {
  action: string;
  of: string;
  onClick(): void;
}): React.JSX.Element {
  return (
    <button type="button" className="button button-small" aria-label={`${action} ${of}`} onClick={onClick}>
      {action}
    </button>
  );
}

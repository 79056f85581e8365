import { useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

interface PassphraseFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> {
  id: string;
  label: string;
  ref?: Ref<HTMLInputElement>;
  /** Hints and messages about this field, shown right under it. */
  children?: ReactNode;
}

/**
 * A passphrase input with its label and a Show/Hide toggle for checking long passphrases.
 * The toggle's name stays "Show"/"Hide", without the field's label, so finding the field by
 * its label never finds the button too.
 */
export function PassphraseField({
  id,
  label,
  ref,
  children,
  ...inputProps
}: PassphraseFieldProps): React.JSX.Element {
  const [visible, setVisible] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="passphrase-input">
        <input
          {...inputProps}
          ref={ref}
          id={id}
          type={visible ? 'text' : 'password'}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
        />
        <button
          type="button"
          className="button button-quiet passphrase-toggle"
          aria-controls={id}
          aria-pressed={visible}
          onClick={() => setVisible((v) => !v)}
          disabled={inputProps.disabled}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      {children}
    </div>
  );
}

import { useState, type InputHTMLAttributes, type Ref } from 'react';

interface PassphraseFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> {
  id: string;
  label: string;
  ref?: Ref<HTMLInputElement>;
}

/** A passphrase input with its label and a Show/Hide toggle for checking long passphrases. */
export function PassphraseField({ id, label, ref, ...inputProps }: PassphraseFieldProps): React.JSX.Element {
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
          aria-label={`Show ${label.toLowerCase()}`}
          onClick={() => setVisible((v) => !v)}
          disabled={inputProps.disabled}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
    </div>
  );
}

// The "Your name" field of the create and unlock screens: every audit entry carries this name.
import { OPERATOR_NAME_MAX } from './operatorName';

interface OperatorFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  /** Shown under the field on the create screen, where the officer meets the audit trail first. */
  hint?: string;
}

export function OperatorField({ id, value, onChange, disabled, hint }: OperatorFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>Your name</label>
      <input
        id={id}
        type="text"
        dir="auto"
        autoComplete="off"
        maxLength={OPERATOR_NAME_MAX}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
      />
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

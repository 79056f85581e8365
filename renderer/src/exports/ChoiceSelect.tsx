export interface Choice<V extends string> {
  value: V;
  label: string;
}

interface ChoiceSelectProps<V extends string> {
  choices: readonly Choice<V>[];
  value: V;
  onChange(value: V): void;
  id?: string;
  /** When no visible label points at the select. */
  label?: string;
  /** The id of a hint that says more about the choice made. */
  describedBy?: string;
  disabled?: boolean;
}

/** A native select over a fixed list of choices, typed by their values. */
export function ChoiceSelect<V extends string>({
  choices,
  value,
  onChange,
  id,
  label,
  describedBy,
  disabled = false,
}: ChoiceSelectProps<V>): React.JSX.Element {
  return (
    <select
      id={id}
      className="select"
      aria-label={label}
      aria-describedby={describedBy}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as V)}
    >
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** Crisis areas as choices, their ids as text. */
export function areaChoices(areas: readonly { id: number; name: string }[]): Choice<string>[] {
  return areas.map((a) => ({ value: String(a.id), label: a.name }));
}

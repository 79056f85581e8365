import type { PointProblems } from './placement';

interface PointInputsProps {
  /** Prefix of the inputs' ids (from useId), unique on the page. */
  idPrefix: string;
  lat: string;
  lon: string;
  problems: PointProblems;
  onLatChange(value: string): void;
  onLonChange(value: string): void;
}

/** Latitude and longitude typed in decimal degrees, each with its own error line. */
export function PointInputs(props: PointInputsProps): React.JSX.Element {
  return (
    <>
      <CoordinateField
        id={`${props.idPrefix}-lat`}
        label="Latitude"
        value={props.lat}
        problem={props.problems.lat}
        onChange={props.onLatChange}
      />
      <CoordinateField
        id={`${props.idPrefix}-lon`}
        label="Longitude"
        value={props.lon}
        problem={props.problems.lon}
        onChange={props.onLonChange}
      />
    </>
  );
}

interface CoordinateFieldProps {
  id: string;
  label: string;
  value: string;
  problem: string | undefined;
  onChange(value: string): void;
}

function CoordinateField({ id, label, value, problem, onChange }: CoordinateFieldProps): React.JSX.Element {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={value}
        maxLength={20}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem ? (
        <span className="field-error" id={`${id}-error`}>
          {problem}
        </span>
      ) : null}
    </div>
  );
}

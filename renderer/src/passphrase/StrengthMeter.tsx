import { STRENGTH_LEVELS, HINT_TEXT, type StrengthEstimate } from './strength';

interface StrengthMeterProps {
  estimate: StrengthEstimate;
  empty: boolean;
  hintId: string;
}

export function StrengthMeter({ estimate, empty, hintId }: StrengthMeterProps): React.JSX.Element {
  const filled = empty ? 0 : estimate.score + 1;
  return (
    <div className="strength">
      <div className="strength-row">
        <div
          role="meter"
          aria-label="Passphrase strength"
          aria-valuemin={0}
          aria-valuemax={STRENGTH_LEVELS.length}
          aria-valuenow={filled}
          aria-valuetext={empty ? 'no passphrase yet' : estimate.level}
          aria-describedby={hintId}
          className={`strength-meter strength-${empty ? 'empty' : estimate.level}`}
        >
          {STRENGTH_LEVELS.map((level, i) => (
            <span key={level} className={i < filled ? 'strength-segment is-filled' : 'strength-segment'} />
          ))}
        </div>
        <span className="strength-word" aria-hidden="true">
          {empty ? '' : estimate.level}
        </span>
      </div>
      <p id={hintId} className="field-hint">
        {!empty && estimate.hint !== null ? HINT_TEXT[estimate.hint] : ''}
      </p>
    </div>
  );
}

import { formatWeight } from './format';

// Most field weights stay within ±8 (an agreeing passport goes beyond): past that the bar is full.
const FULL_SCALE = 8;

/**
 * One field's contribution as a bar growing right (for a match) or left (against), with its number:
 * the officer sees at a glance which fields carried the score.
 */
export function WeightBar({ weight }: { weight: number }): React.JSX.Element {
  const share = Math.min(1, Math.abs(weight) / FULL_SCALE);
  const direction = weight > 0 ? 'for' : weight < 0 ? 'against' : 'neutral';
  return (
    <span className={`weight weight-${direction}`}>
      <span className="weight-track" aria-hidden="true">
        <span className="weight-fill" style={{ width: `${(share * 50).toFixed(1)}%` }} />
      </span>
      <span className="weight-number">{formatWeight(weight)}</span>
    </span>
  );
}

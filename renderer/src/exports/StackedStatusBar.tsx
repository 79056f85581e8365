import { PERSON_STATUSES, type StatusCountsByStatus } from '../../../shared/exports';
import { formatCount } from '../import/format';
import { countsTotal, statusLabel } from './statusLabels';

/** What a stacked bar shows, in words: the reading for screen readers and the numbers under it. */
export function countsSentence(counts: StatusCountsByStatus): string {
  const parts = PERSON_STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${statusLabel(s)} ${formatCount(counts[s])}`,
  );
  return parts.length > 0 ? parts.join(' · ') : 'Nobody';
}

/**
 * One row of a stacked chart: a name, its total, and a bar split by status. Bars share `scale` (the
 * largest total of the chart), so rows compare by length as well as by share.
 */
export function StackedStatusBar({
  name,
  counts,
  scale,
}: {
  name: string;
  counts: StatusCountsByStatus;
  scale: number;
}): React.JSX.Element {
  const total = countsTotal(counts);
  const sentence = countsSentence(counts);
  return (
    <li className="stacked-row">
      <div className="stacked-head">
        <span className="stacked-name" dir="auto">
          {name}
        </span>
        <span className="stacked-total cell-numbers">{formatCount(total)}</span>
      </div>
      <div
        className="stacked-track"
        role="img"
        aria-label={`${name}: ${formatCount(total)} people. ${sentence}`}
        style={{ width: `${scale > 0 ? Math.max(2, (total / scale) * 100) : 0}%` }}
      >
        {PERSON_STATUSES.filter((s) => counts[s] > 0).map((s) => (
          <span
            key={s}
            className={`stacked-segment status-${s}`}
            style={{ flexGrow: counts[s] }}
            title={`${statusLabel(s)}: ${formatCount(counts[s])}`}
          />
        ))}
      </div>
      <p className="stacked-numbers cell-numbers" aria-hidden="true">
        {sentence}
      </p>
    </li>
  );
}

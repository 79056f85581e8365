import { PERSON_STATUSES, type StatusCountsByStatus } from '../../../shared/exports';
import { formatCount } from '../import/format';
import { statusLabel } from './statusLabels';

/** One bar per status, longest for the largest count, each with its number beside it. */
export function StatusBars({
  counts,
  label,
}: {
  counts: StatusCountsByStatus;
  label: string;
}): React.JSX.Element {
  const largest = Math.max(1, ...PERSON_STATUSES.map((s) => counts[s]));
  return (
    <ul className="status-bars" aria-label={label}>
      {PERSON_STATUSES.map((status) => (
        <li key={status} className="status-bar-row" data-status={status}>
          <span className="status-bar-label">{statusLabel(status)}</span>
          <span className="status-bar-track" aria-hidden="true">
            <span
              className={`status-bar-fill status-${status}`}
              style={{ width: `${(counts[status] / largest) * 100}%` }}
            />
          </span>
          <span className="status-bar-count cell-numbers" data-count={status}>
            {formatCount(counts[status])}
          </span>
        </li>
      ))}
    </ul>
  );
}

import type { RosterResult } from '../../../shared/exports';
import { formatCount } from '../import/format';

/** The figure the desk lives by: who is on board, out of whom, and how many are still missing. */
export function CheckInCounter({ roster }: { roster: RosterResult }): React.JSX.Element {
  const missing = roster.total - roster.boarded;
  const share = roster.total > 0 ? (roster.boarded / roster.total) * 100 : 0;
  return (
    <div className="checkin-counter" role="status" aria-live="polite">
      <p className="checkin-counter-text cell-numbers">
        Boarded <strong data-count="checkin-boarded">{formatCount(roster.boarded)}</strong> of{' '}
        <strong data-count="checkin-roster">{formatCount(roster.total)}</strong>, missing{' '}
        <strong data-count="checkin-missing">{formatCount(missing)}</strong>
      </p>
      <span className="checkin-meter" aria-hidden="true">
        <span className="checkin-meter-fill" style={{ width: `${share}%` }} />
      </span>
    </div>
  );
}

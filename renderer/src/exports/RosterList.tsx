// The roster by household (a household boards together), each person with a Board button; the
// person Enter would board is marked, so the keyboard and the eye agree.
import type { RosterPerson, RosterResult } from '../../../shared/exports';
import { formatCount } from '../import/format';
import { statusLabel } from './statusLabels';
import { rosterName } from './rosterNames';

interface RosterListProps {
  roster: RosterResult;
  /** The person Enter boards. */
  nextId: number | null;
  busy: boolean;
  onBoard(person: RosterPerson): void;
}

export function RosterList({ roster, nextId, busy, onBoard }: RosterListProps): React.JSX.Element {
  if (roster.groups.length === 0) return <p className="muted">Nobody on the roster matches.</p>;
  return (
    <>
      <ol className="roster" aria-label="Households on the roster">
        {roster.groups.map((g) => (
          <li key={g.group} className="roster-household">
            <p className="roster-group" id={`roster-group-${g.group}`}>
              Group {g.group}
              {g.members.length > 1 ? ` · ${g.members.length} people` : ''}
            </p>
            <ul className="roster-members" aria-labelledby={`roster-group-${g.group}`}>
              {g.members.map((p) => {
                const boarded = p.status === 'evacuated';
                return (
                  <li
                    key={p.id}
                    className={`roster-person${p.id === nextId ? ' is-next' : ''}${boarded ? ' is-boarded' : ''}`}
                    aria-current={p.id === nextId ? 'true' : undefined}
                  >
                    <span className="roster-name" dir="auto">
                      {rosterName(p)}
                    </span>
                    <span className="roster-facts cell-numbers">
                      {[p.date_of_birth?.slice(0, 10), p.passport_no ?? 'no passport']
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                    {p.special_needs ? (
                      <span className="badge badge-warning" dir="auto">
                        {p.special_needs}
                      </span>
                    ) : null}
                    <span className={`badge status-badge status-badge-${p.status}`}>
                      {statusLabel(p.status)}
                    </span>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={boarded || busy}
                      aria-label={boarded ? `${rosterName(p)} has boarded` : `Board ${rosterName(p)}`}
                      onClick={() => onBoard(p)}
                    >
                      {boarded ? 'Boarded' : 'Board'}
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      {roster.households > roster.groups.length ? (
        <p className="muted cell-numbers">
          Showing {formatCount(roster.groups.length)} of {formatCount(roster.households)} households: search
          to find the others.
        </p>
      ) : null}
    </>
  );
}

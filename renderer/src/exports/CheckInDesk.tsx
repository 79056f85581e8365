// The check-in desk at the door of the bus or the plane: type a name or a passport, Enter boards the
// person shown first (arrows pick another), Escape clears the box. After a mark the text stays
// selected, so Enter again boards the next of the same family and typing starts the next search.
import { useId, useRef, useState } from 'react';
import type { PersonStatus, RosterPerson, RosterSelection } from '../../../shared/exports';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { CheckInCounter } from './CheckInCounter';
import { describeExportError } from './exportErrors';
import { RosterList } from './RosterList';
import { nextToBoard, rosterName, visiblePeople } from './rosterNames';
import { statusLabel } from './statusLabels';
import { useRoster } from './useRoster';

interface Mark {
  person: RosterPerson;
  /** The status before boarding: what undo puts back. */
  before: PersonStatus;
}

export function CheckInDesk({ selection }: { selection: RosterSelection }): React.JSX.Element {
  const ids = useId();
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [notBoardedOnly, setNotBoardedOnly] = useState(false);
  const [picked, setPicked] = useState<number | null>(null);
  const [marks, setMarks] = useState<Mark[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { roster, answeredQuery, error: loadError, reload } = useRoster(selection, query, notBoardedOnly);

  const people = visiblePeople(roster);
  // While the answer lags the box, Enter must not board someone the new search would not show; and
  // with an empty box it boards only someone picked with the arrows, never the top of the list.
  const current = answeredQuery === query;
  const next = current && (query.trim() !== '' || picked !== null) ? nextToBoard(people, picked) : null;
  const lastMark = marks[marks.length - 1] ?? null;

  async function setStatus(
    person: RosterPerson,
    status: PersonStatus,
    onlyFrom?: PersonStatus,
  ): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await call('status.set', {
        selection: { personIds: [person.id] },
        status,
        ...(onlyFrom ? { onlyFrom: [onlyFrom] } : {}),
      });
      reload();
      return true;
    } catch (err) {
      setError(`${rosterName(person)} was not marked. ${describeExportError(err)}`);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function board(person: RosterPerson): Promise<void> {
    if (busy || person.status === 'evacuated') return;
    if (await setStatus(person, 'evacuated')) {
      setMarks((m) => [...m, { person, before: person.status }]);
      setPicked(null);
      search.current?.focus();
      search.current?.select();
    }
  }

  async function undo(): Promise<void> {
    if (!lastMark || busy) return;
    // Only if still boarded: someone else may have changed the status since.
    if (await setStatus(lastMark.person, lastMark.before, 'evacuated')) {
      setMarks((m) => m.slice(0, -1));
      search.current?.focus();
    }
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (next) void board(next);
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      setQuery('');
      setPicked(null);
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const open = people.filter((p) => p.status !== 'evacuated');
      if (open.length === 0) return;
      const at = open.findIndex((p) => p.id === next?.id);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setPicked(open[(at + step + open.length) % open.length]!.id);
    }
  }

  return (
    <div className="checkin-desk">
      {roster ? <CheckInCounter roster={roster} /> : null}
      <div className="checkin-controls">
        <div className="field checkin-search">
          <label htmlFor={`${ids}-search`}>Name or passport</label>
          <input
            ref={search}
            id={`${ids}-search`}
            type="search"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            value={query}
            aria-describedby={`${ids}-next`}
            onChange={(e) => {
              setQuery(e.target.value);
              setPicked(null);
            }}
            onKeyDown={onKeyDown}
          />
          <span className="field-hint" id={`${ids}-next`} aria-live="polite">
            {next
              ? `Enter boards ${rosterName(next)} (group ${roster?.groups.find((g) => g.members.includes(next))?.group ?? ''}). ↑ ↓ choose another, Escape clears.`
              : current && query.trim()
                ? people.length > 0
                  ? 'Everyone this search finds has boarded.'
                  : 'Nobody on the roster matches this search.'
                : ''}
          </span>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={notBoardedOnly}
            onChange={(e) => setNotBoardedOnly(e.target.checked)}
          />
          Show only those not yet boarded
        </label>
        <button type="button" className="button" disabled={!lastMark || busy} onClick={() => void undo()}>
          {lastMark ? `Undo: ${rosterName(lastMark.person)}` : 'Undo last mark'}
        </button>
      </div>
      {lastMark ? (
        <p className="muted" role="status">
          {rosterName(lastMark.person)} boarded (was {statusLabel(lastMark.before).toLowerCase()}).
        </p>
      ) : null}
      <ErrorAlert message={error ?? loadError} />
      {roster ? (
        <RosterList roster={roster} nextId={next?.id ?? null} busy={busy} onBoard={(p) => void board(p)} />
      ) : loadError ? null : (
        <p className="muted">Reading the roster…</p>
      )}
    </div>
  );
}

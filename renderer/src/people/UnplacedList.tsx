import type { PersonRow } from '../../../shared/people';
import { ErrorAlert } from '../components/ErrorAlert';
import { UNPLACED_PAGE_SIZE, type UnplacedPage } from './useUnplaced';

interface UnplacedListProps {
  page: UnplacedPage;
  offset: number;
  onOffsetChange(offset: number): void;
  onOpen(row: PersonRow): void;
}

function nameOf(row: PersonRow): string {
  return [row.given_names, row.surname].filter(Boolean).join(' ') || 'Unnamed person';
}

/** The people an import could not place, oldest record first, to open and place one by one. */
export function UnplacedList({ page, offset, onOffsetChange, onOpen }: UnplacedListProps): React.JSX.Element {
  const total = page.total ?? 0;
  if (page.total === 0) {
    return (
      <div className="empty-state">
        <p className="empty-state-title">Everyone has a point.</p>
        <p className="muted">People an import cannot place will be listed here.</p>
      </div>
    );
  }
  const last = Math.min(offset + page.rows.length, total);
  return (
    <section aria-label="Unplaced people" className="unplaced-list">
      <ErrorAlert message={page.error} />
      <p className="muted">
        The import found no coordinates for these people and could not place them from their address. Open a
        person to give them a point.
      </p>
      <ul className="household-list">
        {page.rows.map((row) => (
          <li key={row.id}>
            <button type="button" className="link-button" onClick={() => onOpen(row)}>
              <span dir="auto">{nameOf(row)}</span>
            </button>
            <span className="muted">
              {row.city ? (
                <>
                  {' · '}
                  <span dir="auto">{row.city}</span>
                </>
              ) : (
                ' · no city'
              )}
              {row.source ? (
                <>
                  {' · '}
                  <span dir="auto">{row.source}</span>
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {total > UNPLACED_PAGE_SIZE ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={offset === 0}
            onClick={() => onOffsetChange(Math.max(0, offset - UNPLACED_PAGE_SIZE))}
          >
            Previous
          </button>
          <span className="muted">
            {(offset + 1).toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()}
          </span>
          <button
            type="button"
            className="button"
            disabled={last >= total}
            onClick={() => onOffsetChange(offset + UNPLACED_PAGE_SIZE)}
          >
            Next
          </button>
        </div>
      ) : null}
    </section>
  );
}

// A page of people found on the map (in a cluster, inside an area, near a point): each opens
// the person's record; paging when there are more.
import type { PersonRow } from '../../../shared/people';

interface PersonListProps {
  label: string;
  rows: readonly PersonRow[];
  total: number;
  offset: number;
  pageSize: number;
  onOffsetChange(offset: number): void;
  onOpen(id: number): void;
  /** Extra words after a person, e.g. a distance. */
  note?(row: PersonRow): string | null;
}

function nameOf(row: PersonRow): string {
  return [row.given_names, row.surname].filter(Boolean).join(' ') || 'Unnamed person';
}

export function PersonList({
  label,
  rows,
  total,
  offset,
  pageSize,
  onOffsetChange,
  onOpen,
  note,
}: PersonListProps): React.JSX.Element {
  const last = Math.min(offset + rows.length, total);
  return (
    <section className="map-person-list" aria-label={label}>
      <ul className="household-list">
        {rows.map((row) => {
          const extra = note?.(row);
          return (
            <li key={row.id}>
              <button type="button" className="link-button" onClick={() => onOpen(row.id)}>
                <span dir="auto">{nameOf(row)}</span>
              </button>
              <span className="muted">
                {row.nationality ? ` · ${row.nationality}` : ''}
                {row.city ? (
                  <>
                    {' · '}
                    <span dir="auto">{row.city}</span>
                  </>
                ) : null}
                {row.special_needs ? ' · special needs' : ''}
                {extra ? ` · ${extra}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      {total > pageSize ? (
        <div className="map-pager">
          <button
            type="button"
            className="button"
            disabled={offset === 0}
            onClick={() => onOffsetChange(Math.max(0, offset - pageSize))}
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
            onClick={() => onOffsetChange(offset + pageSize)}
          >
            Next
          </button>
        </div>
      ) : null}
    </section>
  );
}

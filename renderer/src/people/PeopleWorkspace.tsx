import { useId, useState } from 'react';
import type { PeopleFilters } from '../../../shared/people';
import { ErrorAlert } from '../components/ErrorAlert';
import { PeopleFiltersBar } from './PeopleFiltersBar';
import { PeopleTable } from './PeopleTable';
import { PersonDetailPanel } from './PersonDetailPanel';
import { SearchActions } from './SearchActions';
import { searchSelection, type FoundPeople } from './searchSummary';
import { UnplacedList } from './UnplacedList';
import { UnplacedTowns } from './UnplacedTowns';
import { useDebouncedValue } from './useDebouncedValue';
import { usePeoplePages } from './usePeoplePages';
import { UNPLACED_PAGE_SIZE, useUnplaced } from './useUnplaced';

export const SEARCH_DEBOUNCE_MS = 250;

function resultLine(total: number | null, tookMs: number | null): string {
  if (total === null) return 'Searching…';
  const count = total === 1 ? '1 person' : `${total.toLocaleString()} people`;
  return tookMs === null
    ? count
    : `${count} · found in ${Math.max(0, Math.round(tookMs)).toLocaleString()} ms`;
}

interface PeopleWorkspaceProps {
  /** Opens the export form with everyone a search finds as its selection. */
  onExportSearch?: ((found: FoundPeople) => void) | undefined;
}

/**
 * Search, filter and browse everyone in the vault; open a person to read or correct their record, or
 * act on everyone the search finds.
 */
export function PeopleWorkspace({ onExportSearch }: PeopleWorkspaceProps = {}): React.JSX.Element {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<PeopleFilters>({});
  const settledQuery = useDebouncedValue(query, SEARCH_DEBOUNCE_MS);
  const pages = usePeoplePages({ query: settledQuery, filters });
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [lastTotal, setLastTotal] = useState(0);
  const [showUnplaced, setShowUnplaced] = useState(false);
  const [unplacedOffset, setUnplacedOffset] = useState(0);
  const [version, setVersion] = useState(0);
  const unplaced = useUnplaced(unplacedOffset, version);

  // Placing the last people of the last page empties it: step back to a page that has rows.
  if (unplaced.total !== null && unplacedOffset > 0 && unplacedOffset >= unplaced.total) {
    setUnplacedOffset(Math.max(0, unplacedOffset - UNPLACED_PAGE_SIZE));
  }

  function changed(): void {
    pages.refresh();
    setVersion((v) => v + 1);
  }

  // While a new search runs, the old rows stay in place rather than the table collapsing.
  if (pages.total !== null && pages.total !== lastTotal) setLastTotal(pages.total);
  const total = pages.total ?? lastTotal;

  return (
    <div className={openId === null ? 'people-workspace' : 'people-workspace has-panel'}>
      <div className="people-main">
        <div className="people-search">
          <label htmlFor={searchId} className="field-label">
            Search
          </label>
          <input
            id={searchId}
            type="search"
            className="search-input"
            value={query}
            maxLength={200}
            placeholder="Name in any spelling, passport, phone or e-mail"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setQuery(e.target.value);
              setActiveIndex(null);
            }}
          />
          <p className="people-count" role="status" aria-live="polite">
            {resultLine(pages.total, pages.tookMs)}
          </p>
          {showUnplaced ? null : (
            <SearchActions
              search={searchSelection(settledQuery, filters)}
              total={pages.total}
              onExport={onExportSearch}
            />
          )}
          <button
            type="button"
            className={showUnplaced ? 'button button-primary' : 'button'}
            aria-pressed={showUnplaced}
            onClick={() => setShowUnplaced(!showUnplaced)}
          >
            Unplaced ({unplaced.total === null ? '…' : unplaced.total.toLocaleString()})
          </button>
        </div>
        {showUnplaced ? (
          <div className="unplaced-view">
            <UnplacedTowns version={version} onPlaced={changed} />
            <UnplacedList
              page={unplaced}
              offset={unplacedOffset}
              onOffsetChange={setUnplacedOffset}
              onOpen={(row) => setOpenId(row.id)}
            />
          </div>
        ) : (
          <>
            <PeopleFiltersBar
              filters={filters}
              onChange={(next) => {
                setFilters(next);
                setActiveIndex(null);
              }}
            />
            <ErrorAlert message={pages.error} />
            {pages.total === 0 ? (
              <div className="empty-state">
                <p className="empty-state-title">No one matches this search.</p>
                <p className="muted">Try another spelling, fewer words, or clear the filters.</p>
              </div>
            ) : (
              <PeopleTable
                pages={pages}
                total={total}
                activeIndex={activeIndex}
                onActiveChange={setActiveIndex}
                onOpen={(row) => setOpenId(row.id)}
              />
            )}
          </>
        )}
      </div>
      {openId !== null ? (
        <PersonDetailPanel
          key={openId}
          id={openId}
          onClose={() => setOpenId(null)}
          onOpenPerson={setOpenId}
          onChanged={changed}
        />
      ) : null}
    </div>
  );
}

// What an officer can do with everyone the search finds, beside the count: set their crisis status, or
// take them to the export form. Acting on a filter is how a crisis cell works ("every unknown over 60
// in Tripoli is now contacted"), so the actions follow the search rather than a hand-picked list.
import { useState } from 'react';
import type { PeopleSearch } from '../../../shared/people';
import { StatusSetAlert } from '../exports/StatusChangeFields';
import { statusLabel } from '../exports/statusLabels';
import { formatCount } from '../import/format';
import { SearchStatusDialog, type SearchStatusOutcome } from './SearchStatusDialog';
import { peopleCount, type FoundPeople } from './searchSummary';

interface SearchActionsProps {
  search: PeopleSearch;
  /** What the search finds; null while it runs, so no action names a stale count. */
  total: number | null;
  /** Opens the export form with this search as its selection. */
  onExport?: ((found: FoundPeople) => void) | undefined;
}

export function SearchActions({ search, total, onExport }: SearchActionsProps): React.JSX.Element | null {
  const [open, setOpen] = useState<FoundPeople | null>(null);
  const [outcome, setOutcome] = useState<(SearchStatusOutcome & { key: string }) | null>(null);
  const key = JSON.stringify(search);

  return (
    <>
      {total !== null && total > 0 ? (
        <div className="search-actions">
          <button type="button" className="button" onClick={() => setOpen({ search, total })}>
            Set status of {total === 1 ? 'this person' : `these ${formatCount(total)} people`}…
          </button>
          {onExport ? (
            <button type="button" className="button" onClick={() => onExport({ search, total })}>
              Export {total === 1 ? 'this person' : `these ${formatCount(total)} people`}…
            </button>
          ) : null}
        </div>
      ) : null}
      {outcome?.key === key ? (
        <StatusSetAlert
          className="search-action-result"
          title={`${statusLabel(outcome.status)}: ${peopleCount(outcome.counts.selected)} in this search`}
          counts={outcome.counts}
        />
      ) : null}
      {open ? (
        <SearchStatusDialog
          search={open.search}
          total={open.total}
          onCancel={() => setOpen(null)}
          onDone={(done) => {
            setOutcome({ ...done, key: JSON.stringify(open.search) });
            setOpen(null);
          }}
        />
      ) : null}
    </>
  );
}

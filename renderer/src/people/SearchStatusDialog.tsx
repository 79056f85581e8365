// A crisis status for everyone the current People search finds ("every woman over 60 in Tripoli is
// now contacted"), asked in a dialog that names the search and the count. A search with no query and
// no filter is everyone in the vault: that needs one more, explicit, confirmation naming the total.
import { useId, useState } from 'react';
import type { PersonStatus, StatusSetResult } from '../../../shared/exports';
import type { PeopleSearch } from '../../../shared/people';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeExportError } from '../exports/exportErrors';
import {
  FIRST_CHOICE,
  StatusChoiceFields,
  statusChange,
  type StatusChoice,
} from '../exports/StatusChangeFields';
import { statusLabel } from '../exports/statusLabels';
import { ConfirmDialog } from '../import/ConfirmDialog';
import { isEverySearch, peopleCount, searchCriteria } from './searchSummary';

export interface SearchStatusOutcome {
  status: PersonStatus;
  counts: StatusSetResult;
}

interface SearchStatusDialogProps {
  search: PeopleSearch;
  /** How many people the search finds, as the People table counts them. */
  total: number;
  onDone(outcome: SearchStatusOutcome): void;
  onCancel(): void;
}

export function SearchStatusDialog({
  search,
  total,
  onDone,
  onCancel,
}: SearchStatusDialogProps): React.JSX.Element {
  const ids = useId();
  const [choice, setChoice] = useState<StatusChoice>(FIRST_CHOICE);
  const { status, limited: limitFrom, from: onlyFrom } = choice;
  const [everyoneConfirmed, setEveryoneConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const everyone = isEverySearch(search);
  const criteria = searchCriteria(search);

  async function apply(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const counts = await call('status.set', {
        selection: { search },
        ...statusChange(choice),
      });
      if (counts.selected === 0) {
        setError('Nobody matches this search any more: no status was changed.');
        setBusy(false);
        return;
      }
      onDone({ status, counts });
    } catch (err) {
      setError(`The statuses were not changed. ${describeExportError(err)}`);
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={`Set the status of ${peopleCount(total)}`}
      confirmLabel={
        everyone ? `Set status of all ${peopleCount(total)}` : `Set status of ${peopleCount(total)}`
      }
      busy={busy}
      danger={everyone}
      confirmDisabled={everyone && !everyoneConfirmed}
      initialFocus="body"
      onConfirm={() => void apply()}
      onCancel={onCancel}
    >
      <p>
        {everyone
          ? 'No search and no filter: this is everyone in the vault.'
          : `Everyone this search finds (${peopleCount(total)}), on every page of the table:`}
      </p>
      {criteria.length > 0 ? (
        <ul className="search-criteria" aria-label="Search and filters">
          {criteria.map((c) => (
            <li key={c} dir="auto">
              {c}
            </li>
          ))}
        </ul>
      ) : null}
      <StatusChoiceFields id={`${ids}-status`} choice={choice} onChange={setChoice} />
      <p className="muted">
        {limitFrom
          ? `People now “${statusLabel(onlyFrom)}” become “${statusLabel(status)}”; the others are left as they are.`
          : `All of them become “${statusLabel(status)}”; those already “${statusLabel(status)}” are left as they are.`}{' '}
        Each change is kept in the person’s status history and in the audit trail.
      </p>
      {everyone ? (
        <div className="plain-warning">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={everyoneConfirmed}
              onChange={(e) => setEveryoneConfirmed(e.target.checked)}
            />
            Yes, change the status of all {peopleCount(total)} in the vault.
          </label>
        </div>
      ) : null}
      <ErrorAlert message={error} />
    </ConfirmDialog>
  );
}

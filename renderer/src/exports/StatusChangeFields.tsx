// The parts of a bulk status change that do not depend on who is selected: the new status, the
// optional "only those currently …", and the counts the engine answers with. A crisis area (Exports)
// and a People search (People) ask and answer the same way.
import type { ReactNode } from 'react';
import type { PersonStatus, StatusSetResult } from '../../../shared/exports';
import { formatCount } from '../import/format';
import { ChoiceSelect } from './ChoiceSelect';
import { STATUS_OPTIONS } from './statusLabels';

/** The new status, and optionally the one status people must be in now to change. */
export interface StatusChoice {
  status: PersonStatus;
  limited: boolean;
  from: PersonStatus;
}

export const FIRST_CHOICE: StatusChoice = { status: 'contacted', limited: false, from: 'unknown' };

/** The parameters of `status.set` a choice makes, the selection apart. */
export function statusChange(choice: StatusChoice): { status: PersonStatus; onlyFrom?: PersonStatus[] } {
  return { status: choice.status, ...(choice.limited ? { onlyFrom: [choice.from] } : {}) };
}

/** A row with the new status (after `children`, such as the area), then "Only those currently …". */
export function StatusChoiceFields({
  id,
  choice,
  onChange,
  children,
}: {
  id: string;
  choice: StatusChoice;
  onChange(choice: StatusChoice): void;
  children?: ReactNode;
}): React.JSX.Element {
  return (
    <>
      <div className="form-row">
        {children}
        <div className="field">
          <label htmlFor={id}>New status</label>
          <ChoiceSelect
            id={id}
            choices={STATUS_OPTIONS}
            value={choice.status}
            onChange={(status) => onChange({ ...choice, status })}
          />
        </div>
      </div>
      <div className="form-row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={choice.limited}
            onChange={(e) => onChange({ ...choice, limited: e.target.checked })}
          />
          Only those currently
        </label>
        <ChoiceSelect
          label="Current status to change"
          choices={STATUS_OPTIONS}
          value={choice.from}
          disabled={!choice.limited}
          onChange={(from) => onChange({ ...choice, from })}
        />
      </div>
    </>
  );
}

/** What a bulk change did, announced politely: selected, changed, left unchanged. */
export function StatusSetAlert({
  title,
  counts,
  className,
}: {
  title: string;
  counts: StatusSetResult;
  className?: string;
}): React.JSX.Element {
  return (
    <div className={className ? `alert alert-success ${className}` : 'alert alert-success'} role="status">
      <p className="alert-title">{title}</p>
      <p className="alert-detail cell-numbers">
        {formatCount(counts.selected)} selected · {formatCount(counts.changed)} changed ·{' '}
        {formatCount(counts.unchanged)} unchanged
      </p>
    </div>
  );
}

// Everyone in a crisis area at once ("the port district is now contacted"), optionally only those
// still in one status, after a confirmation that says how many people will change.
import { useId, useState } from 'react';
import type { CrisisArea } from '../../../shared/areas';
import type { PersonStatus, StatusDashboard, StatusSetResult } from '../../../shared/exports';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { ConfirmDialog } from '../import/ConfirmDialog';
import { formatCount } from '../import/format';
import { bulkPlan } from './bulkCounts';
import { areaChoices, ChoiceSelect } from './ChoiceSelect';
import { describeExportError } from './exportErrors';
import {
  FIRST_CHOICE,
  StatusChoiceFields,
  StatusSetAlert,
  statusChange,
  type StatusChoice,
} from './StatusChangeFields';
import { statusLabel } from './statusLabels';

interface BulkStatusFormProps {
  areas: CrisisArea[];
  dashboard: StatusDashboard | null;
  onChanged(): void;
}

export function BulkStatusForm({ areas, dashboard, onChanged }: BulkStatusFormProps): React.JSX.Element {
  const ids = useId();
  const [areaId, setAreaId] = useState<number | null>(areas[0]?.id ?? null);
  const [choice, setChoice] = useState<StatusChoice>(FIRST_CHOICE);
  const { status, limited: limitFrom, from: onlyFrom } = choice;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{
    area: string;
    status: PersonStatus;
    counts: StatusSetResult;
  } | null>(null);

  const area = areas.find((a) => a.id === areaId) ?? areas[0] ?? null;
  const counts = area ? dashboard?.areas.find((a) => a.areaId === area.id)?.counts : undefined;
  const plan = counts ? bulkPlan(counts, status, limitFrom ? onlyFrom : null) : null;

  if (areas.length === 0) {
    return (
      <p className="muted">No crisis area yet: draw or import one on the Map, then set statuses here.</p>
    );
  }

  async function apply(): Promise<void> {
    if (!area) return;
    setBusy(true);
    setError(null);
    try {
      const counts = await call('status.set', {
        selection: { areaId: area.id },
        ...statusChange(choice),
      });
      setResult({ area: area.name, status, counts });
      onChanged();
    } catch (err) {
      setError(`The statuses were not changed. ${describeExportError(err)}`);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <form
      className="form form-compact bulk-form"
      aria-label="Bulk status update"
      onSubmit={(e) => {
        e.preventDefault();
        setResult(null);
        setConfirming(true);
      }}
    >
      <StatusChoiceFields id={`${ids}-status`} choice={choice} onChange={setChoice}>
        <div className="field">
          <label htmlFor={`${ids}-area`}>Crisis area</label>
          <ChoiceSelect
            id={`${ids}-area`}
            choices={areaChoices(areas)}
            value={String(area?.id ?? '')}
            onChange={(id) => setAreaId(Number(id))}
          />
        </div>
      </StatusChoiceFields>
      {plan ? (
        <p className="field-hint cell-numbers">
          {formatCount(plan.selected)} people in this area; {formatCount(plan.changing)} would change.
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          Set status…
        </button>
      </div>
      <ErrorAlert message={error} />
      {result ? (
        <StatusSetAlert title={`${result.area}: ${statusLabel(result.status)}`} counts={result.counts} />
      ) : null}
      {confirming && area ? (
        <ConfirmDialog
          title={`Set ${statusLabel(status).toLowerCase()} in ${area.name}?`}
          confirmLabel={plan ? `Change ${formatCount(plan.changing)} people` : 'Change statuses'}
          busy={busy}
          onConfirm={() => void apply()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {plan
              ? `${formatCount(plan.changing)} of the ${formatCount(plan.selected)} people inside will become “${statusLabel(status)}”.`
              : `Everyone inside will become “${statusLabel(status)}”.`}
            {limitFrom ? ` Only people now “${statusLabel(onlyFrom)}” change.` : ''}
          </p>
          <p>Each change is kept in the person’s status history and in the audit trail.</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

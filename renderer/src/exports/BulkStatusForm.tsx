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
import { STATUS_OPTIONS, statusLabel } from './statusLabels';

interface BulkStatusFormProps {
  areas: CrisisArea[];
  dashboard: StatusDashboard | null;
  onChanged(): void;
}

export function BulkStatusForm({ areas, dashboard, onChanged }: BulkStatusFormProps): React.JSX.Element {
  const ids = useId();
  const [areaId, setAreaId] = useState<number | null>(areas[0]?.id ?? null);
  const [status, setStatus] = useState<PersonStatus>('contacted');
  const [limitFrom, setLimitFrom] = useState(false);
  const [onlyFrom, setOnlyFrom] = useState<PersonStatus>('unknown');
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
        status,
        ...(limitFrom ? { onlyFrom: [onlyFrom] } : {}),
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
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${ids}-area`}>Crisis area</label>
          <ChoiceSelect
            id={`${ids}-area`}
            choices={areaChoices(areas)}
            value={String(area?.id ?? '')}
            onChange={(id) => setAreaId(Number(id))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-status`}>New status</label>
          <ChoiceSelect
            id={`${ids}-status`}
            choices={STATUS_OPTIONS}
            value={status}
            onChange={(s) => setStatus(s)}
          />
        </div>
      </div>
      <div className="form-row">
        <label className="checkbox">
          <input type="checkbox" checked={limitFrom} onChange={(e) => setLimitFrom(e.target.checked)} />
          Only those currently
        </label>
        <ChoiceSelect
          label="Current status to change"
          choices={STATUS_OPTIONS}
          value={onlyFrom}
          disabled={!limitFrom}
          onChange={(s) => setOnlyFrom(s)}
        />
      </div>
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
        <div className="alert alert-success" role="status">
          <p className="alert-title">
            {result.area}: {statusLabel(result.status)}
          </p>
          <p className="alert-detail cell-numbers">
            {formatCount(result.counts.selected)} selected · {formatCount(result.counts.changed)} changed ·{' '}
            {formatCount(result.counts.unchanged)} unchanged
          </p>
        </div>
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

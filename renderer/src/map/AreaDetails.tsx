// One crisis area: who is inside (counts, breakdowns, people) and what the officer can change
// (name, severity, source and time, buffer, outline, delete).
import { useId, useState } from 'react';
import type { CrisisArea, Severity } from '../../../shared/areas';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { AreaFactsForm } from './AreaFactsForm';
import { BreakdownTables } from './BreakdownTables';
import { SEVERITIES, SEVERITY_LABELS } from './mapColours';
import { describeMapError } from './mapErrors';
import { PersonList } from './PersonList';
import { INSIDE_PAGE_SIZE, useInside } from './useInside';

interface AreaDetailsProps {
  area: CrisisArea;
  /** Bumped when people or areas changed, so the counts are read again. */
  version: number;
  onChanged(selectId?: number | null): void;
  onOpenPerson(id: number): void;
  onEditShape(area: CrisisArea): void;
}

export function AreaDetails({
  area,
  version,
  onChanged,
  onOpenPerson,
  onEditShape,
}: AreaDetailsProps): React.JSX.Element {
  const nameId = useId();
  const severityId = useId();
  const bufferId = useId();
  const [offset, setOffset] = useState(0);
  const [name, setName] = useState(area.name);
  const [bufferKm, setBufferKm] = useState('5');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const inside = useInside(area.id, offset, version);

  async function run(action: () => Promise<number | null | undefined>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const selectId = await action();
      onChanged(selectId);
    } catch (e) {
      setError(describeMapError(e));
    } finally {
      setBusy(false);
    }
  }

  const km = Number(bufferKm.replace(',', '.'));
  const bufferValid = Number.isFinite(km) && km > 0 && km <= 1000;

  return (
    <section className="area-details" aria-label={`Area ${area.name}`}>
      <ErrorAlert message={error} />
      <form
        className="map-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== area.name)
            void run(async () => (await call('area.update', { id: area.id, name: name.trim() })).id);
        }}
      >
        <label htmlFor={nameId} className="field-label">
          Name
        </label>
        <input
          id={nameId}
          type="text"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          dir="auto"
        />
        <button type="submit" className="button" disabled={busy || !name.trim() || name.trim() === area.name}>
          Rename
        </button>
      </form>
      <div className="map-inline-form">
        <label htmlFor={severityId} className="field-label">
          Severity
        </label>
        <select
          id={severityId}
          className="select"
          value={area.severity}
          disabled={busy}
          onChange={(e) =>
            void run(
              async () =>
                (await call('area.update', { id: area.id, severity: e.target.value as Severity })).id,
            )
          }
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <AreaFactsForm
        area={area}
        busy={busy}
        onSave={(changes) =>
          void run(async () => (await call('area.update', { id: area.id, ...changes })).id)
        }
      />
      <p className="muted area-meta">{area.vertexCount.toLocaleString()} corners in the outline</p>
      {area.repairs.length > 0 ? (
        <details className="area-repairs">
          <summary>Repaired on the way in ({area.repairs.length})</summary>
          <ul>
            {area.repairs.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      ) : null}

      <form
        className="map-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (bufferValid)
            void run(async () => (await call('area.buffer', { id: area.id, distanceKm: km })).id);
        }}
      >
        <label htmlFor={bufferId} className="field-label">
          Buffer (km)
        </label>
        <input
          id={bufferId}
          type="text"
          className="input-narrow"
          inputMode="decimal"
          value={bufferKm}
          onChange={(e) => setBufferKm(e.target.value)}
          aria-invalid={!bufferValid}
        />
        <button type="submit" className="button" disabled={busy || !bufferValid}>
          Add buffered area
        </button>
      </form>
      <div className="map-actions">
        <button
          type="button"
          className="button"
          disabled={busy || area.geometry.type !== 'Polygon'}
          title={
            area.geometry.type !== 'Polygon'
              ? 'This area has several parts: edit it in its source file and import it again.'
              : undefined
          }
          onClick={() => onEditShape(area)}
        >
          Edit outline
        </button>
        {confirmDelete ? (
          <>
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await call('area.delete', { id: area.id });
                  return null;
                })
              }
            >
              Delete “{area.name}”
            </button>
            <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => setConfirmDelete(true)}>
            Delete…
          </button>
        )}
      </div>

      <ErrorAlert message={inside.error} />
      {inside.result ? (
        <>
          <p className="area-inside-count">
            <strong data-count="inside">{inside.result.total.toLocaleString()}</strong>{' '}
            {inside.result.total === 1 ? 'person' : 'people'} inside
            {inside.result.unplaced > 0 ? (
              <span className="muted">
                {' '}
                · {inside.result.unplaced.toLocaleString()} without a point cannot be counted
              </span>
            ) : null}
          </p>
          <BreakdownTables breakdowns={inside.result.breakdowns} label="Who is inside" />
          <PersonList
            label="People inside"
            rows={inside.result.rows}
            total={inside.result.total}
            offset={offset}
            pageSize={INSIDE_PAGE_SIZE}
            onOffsetChange={setOffset}
            onOpen={onOpenPerson}
          />
        </>
      ) : inside.error ? null : (
        <p className="muted">Counting who is inside…</p>
      )}
    </section>
  );
}

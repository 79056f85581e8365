// Naming a shape just drawn before it becomes a crisis area. Refused geometry comes back from
// the engine as a plain message and the shape stays on the map to try again or discard.
import { useId, useState } from 'react';
import type { CrisisArea, DrawnShape, Severity } from '../../../shared/areas';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { SEVERITIES, SEVERITY_LABELS } from './mapColours';
import { fromLocalInput, toLocalInput } from './localTime';
import { describeMapError } from './mapErrors';

interface NewAreaFormProps {
  shape: DrawnShape;
  onCreated(area: CrisisArea): void;
  onDiscard(): void;
}

const SHAPE_NAMES: Record<DrawnShape['kind'], string> = {
  polygon: 'Polygon',
  rectangle: 'Rectangle',
  circle: 'Circle',
  geometry: 'Shape',
};

function describeShape(shape: DrawnShape): string {
  if (shape.kind === 'circle') return `Circle of ${shape.radiusKm.toLocaleString()} km radius`;
  if (shape.kind === 'polygon') return `Polygon of ${Math.max(0, (shape.rings[0]?.length ?? 1) - 1)} corners`;
  return SHAPE_NAMES[shape.kind];
}

export function NewAreaForm({ shape, onCreated, onDiscard }: NewAreaFormProps): React.JSX.Element {
  const nameId = useId();
  const severityId = useId();
  const sourceId = useId();
  const atId = useId();
  const [name, setName] = useState('');
  const [severity, setSeverity] = useState<Severity>('evacuate');
  const [source, setSource] = useState('');
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const when = fromLocalInput(at);
      const area = await call('area.create', {
        name: name.trim(),
        severity,
        shape,
        ...(source.trim() ? { source: source.trim() } : {}),
        ...(when ? { at: when } : {}),
      });
      onCreated(area);
    } catch (e) {
      setError(describeMapError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="map-form"
      aria-label="New area"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void save();
      }}
    >
      <p className="muted">{describeShape(shape)}</p>
      <ErrorAlert message={error} />
      <label htmlFor={nameId} className="field-label">
        Area name
      </label>
      <input
        id={nameId}
        type="text"
        value={name}
        maxLength={200}
        dir="auto"
        autoFocus
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={severityId} className="field-label">
        Severity
      </label>
      <select
        id={severityId}
        className="select"
        value={severity}
        onChange={(e) => setSeverity(e.target.value as Severity)}
      >
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {SEVERITY_LABELS[s]}
          </option>
        ))}
      </select>
      <label htmlFor={atId} className="field-label">
        Time
      </label>
      <input id={atId} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
      <label htmlFor={sourceId} className="field-label">
        Source
      </label>
      <input
        id={sourceId}
        type="text"
        value={source}
        maxLength={200}
        placeholder="e.g. Civil defence bulletin"
        onChange={(e) => setSource(e.target.value)}
      />
      <div className="map-actions">
        <button type="submit" className="button button-primary" disabled={busy || !name.trim()}>
          Save area
        </button>
        <button type="button" className="button" onClick={onDiscard} disabled={busy}>
          Discard shape
        </button>
      </div>
    </form>
  );
}

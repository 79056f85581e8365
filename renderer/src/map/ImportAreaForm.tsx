// Importing crisis areas from a file (GeoJSON, KML/KMZ, zipped Shapefile) chosen in the
// native dialog. A long job in the engine: progress shows, cancel leaves the vault unchanged.
import { useId, useState } from 'react';
import type { AreaImportResult, Severity } from '../../../shared/areas';
import { call, newRequestId, useJobProgress } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { SEVERITIES, SEVERITY_LABELS } from './mapColours';
import { describeMapError } from './mapErrors';

interface ImportAreaFormProps {
  onImported(result: AreaImportResult): void;
  onCancel(): void;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function ImportAreaForm({ onImported, onCancel }: ImportAreaFormProps): React.JSX.Element {
  const nameId = useId();
  const severityId = useId();
  const sourceId = useId();
  const [path, setPath] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [severity, setSeverity] = useState<Severity>('watch');
  const [source, setSource] = useState('');
  const [perFeature, setPerFeature] = useState(false);
  const [requestId, setRequestId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useJobProgress(requestId);

  async function choose(): Promise<void> {
    setError(null);
    try {
      const chosen = await call('shell.chooseAreaFile', {});
      if (chosen === null) return;
      setPath(chosen);
      if (!name.trim()) setName(baseName(chosen).replace(/\.[^.]+$/, ''));
    } catch (e) {
      setError(describeMapError(e));
    }
  }

  async function run(): Promise<void> {
    if (!path || !name.trim()) return;
    const id = newRequestId();
    setRequestId(id);
    setError(null);
    try {
      const result = await call(
        'area.import',
        {
          path,
          name: name.trim(),
          severity,
          mode: perFeature ? 'perFeature' : 'single',
          ...(source.trim() ? { source: source.trim() } : {}),
        },
        { requestId: id },
      );
      onImported(result);
    } catch (e) {
      setError(describeMapError(e));
    } finally {
      setRequestId(null);
    }
  }

  const running = requestId !== null;
  return (
    <form
      className="map-form"
      aria-label="Import areas from a file"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <ErrorAlert message={error} />
      <div className="map-actions">
        <button type="button" className="button" onClick={() => void choose()} disabled={running}>
          Choose file…
        </button>
        <span className="muted">{path ? baseName(path) : 'GeoJSON, KML, KMZ or zipped Shapefile'}</span>
      </div>
      <label htmlFor={nameId} className="field-label">
        Name
      </label>
      <input
        id={nameId}
        type="text"
        value={name}
        maxLength={200}
        dir="auto"
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
      <label htmlFor={sourceId} className="field-label">
        Source
      </label>
      <input
        id={sourceId}
        type="text"
        value={source}
        maxLength={200}
        placeholder="e.g. GDACS, USGS ShakeMap"
        onChange={(e) => setSource(e.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={perFeature} onChange={(e) => setPerFeature(e.target.checked)} /> One
        area per shape in the file
      </label>
      {running ? (
        <div className="map-actions" role="status">
          <span className="muted">
            Reading the file…
            {progress && progress.total ? ` ${Math.round((100 * progress.done) / progress.total)}%` : ''}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => requestId && void call('job.cancel', { requestId })}
          >
            Cancel
          </button>
        </div>
      ) : (
        <div className="map-actions">
          <button type="submit" className="button button-primary" disabled={!path || !name.trim()}>
            Import
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Close
          </button>
        </div>
      )}
    </form>
  );
}

// Where an area's warning came from and when it applies, as the officer corrects them.
import { useId, useState } from 'react';
import type { CrisisArea } from '../../../shared/areas';
import { fromLocalInput, toLocalInput } from './localTime';

interface AreaFactsFormProps {
  area: CrisisArea;
  busy: boolean;
  onSave(changes: { source?: string; at?: string }): void;
}

export function AreaFactsForm({ area, busy, onSave }: AreaFactsFormProps): React.JSX.Element {
  const sourceId = useId();
  const atId = useId();
  const [source, setSource] = useState(area.source);
  const [at, setAt] = useState(toLocalInput(area.at));
  const iso = fromLocalInput(at);
  const changes = {
    ...(source.trim() !== area.source ? { source: source.trim() } : {}),
    ...(iso !== null && iso !== new Date(area.at).toISOString() ? { at: iso } : {}),
  };

  return (
    <details className="area-facts">
      <summary>
        {area.source || 'No source'} · {new Date(area.at).toLocaleString()}
      </summary>
      <form
        className="map-form"
        aria-label="Source and time"
        onSubmit={(e) => {
          e.preventDefault();
          if (Object.keys(changes).length > 0) onSave(changes);
        }}
      >
        <label htmlFor={sourceId} className="field-label">
          Source
        </label>
        <input
          id={sourceId}
          type="text"
          value={source}
          maxLength={200}
          onChange={(e) => setSource(e.target.value)}
        />
        <label htmlFor={atId} className="field-label">
          Time
        </label>
        <input
          id={atId}
          type="datetime-local"
          value={at}
          onChange={(e) => setAt(e.target.value)}
          aria-invalid={iso === null}
        />
        <div className="map-actions">
          <button type="submit" className="button" disabled={busy || Object.keys(changes).length === 0}>
            Save source and time
          </button>
        </div>
      </form>
    </details>
  );
}

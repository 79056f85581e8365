// The crisis areas of the vault: a list coloured by severity, one open with its details, and
// the file import.
import { useState } from 'react';
import type { AreaImportResult, CrisisArea } from '../../../shared/areas';
import { Notice } from '../components/Notice';
import { AreaDetails } from './AreaDetails';
import { ImportAreaForm } from './ImportAreaForm';
import { SEVERITY_LABELS } from './mapColours';
import { useInsideCounts } from './useInsideCounts';

interface AreasPanelProps {
  areas: readonly CrisisArea[];
  loaded: boolean;
  selectedId: number | null;
  version: number;
  onSelect(id: number | null): void;
  /** Something changed: read the areas (and people's status) again; select `selectId` if given. */
  onChanged(selectId?: number | null): void;
  onOpenPerson(id: number): void;
  onEditShape(area: CrisisArea): void;
}

function importNotice(result: AreaImportResult): { title: string; detail?: string } {
  const n = result.areas.length;
  const title = n === 1 ? `Imported 1 area.` : `Imported ${n} areas.`;
  return result.notes.length > 0 ? { title, detail: result.notes.join(' ') } : { title };
}

export function AreasPanel({
  areas,
  loaded,
  selectedId,
  version,
  onSelect,
  onChanged,
  onOpenPerson,
  onEditShape,
}: AreasPanelProps): React.JSX.Element {
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<{ title: string; detail?: string } | null>(null);
  const selected = areas.find((a) => a.id === selectedId) ?? null;
  const counts = useInsideCounts(areas, version);

  return (
    <section className="map-panel-body" aria-label="Crisis areas">
      <Notice notice={notice} />
      {importing ? (
        <ImportAreaForm
          onImported={(result) => {
            setImporting(false);
            setNotice(importNotice(result));
            onChanged(result.areas[0]?.id ?? null);
          }}
          onCancel={() => setImporting(false)}
        />
      ) : (
        <div className="map-actions">
          <button type="button" className="button" onClick={() => setImporting(true)}>
            Import areas from a file…
          </button>
        </div>
      )}
      {loaded && areas.length === 0 ? (
        <p className="muted">
          No crisis areas yet. Draw one with the tools on the map, or import a published one.
        </p>
      ) : (
        <ul className="area-list" aria-label="Areas">
          {areas.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className={a.id === selectedId ? 'area-item is-selected' : 'area-item'}
                aria-current={a.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(a.id === selectedId ? null : a.id)}
              >
                <span className={`area-swatch severity-${a.severity}`} aria-hidden="true" />
                <span className="area-name" dir="auto">
                  {a.name}
                </span>
                <span className="muted">
                  {SEVERITY_LABELS[a.severity]}
                  {counts.has(a.id) ? ` · ${(counts.get(a.id) ?? 0).toLocaleString()} inside` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {selected ? (
        <AreaDetails
          key={selected.id}
          area={selected}
          version={version}
          onChanged={onChanged}
          onOpenPerson={onOpenPerson}
          onEditShape={onEditShape}
        />
      ) : null}
    </section>
  );
}

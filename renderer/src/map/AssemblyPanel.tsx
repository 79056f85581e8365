// Assembly points (airport, embassy, school…): added by clicking the map, listed with how many
// people the nearest-point assignment gives each and how far they have to go.
import { useEffect, useId, useState } from 'react';
import type { AssemblyPoint, AssignResult, CrisisArea } from '../../../shared/areas';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeMapError } from './mapErrors';

const KINDS = [
  { kind: 'airport', label: 'Airport' },
  { kind: 'embassy', label: 'Embassy' },
  { kind: 'school', label: 'School' },
  { kind: 'port', label: 'Port' },
  { kind: 'other', label: 'Other' },
] as const;
type Kind = (typeof KINDS)[number]['kind'];

interface AssemblyPanelProps {
  points: readonly AssemblyPoint[];
  areas: readonly CrisisArea[];
  /** Where the officer clicked to add a point; null until then. */
  picked: { lon: number; lat: number } | null;
  picking: boolean;
  onPick(picking: boolean): void;
  onChanged(): void;
  version: number;
}

function km(value: number): string {
  return value < 10 ? `${value.toFixed(1)} km` : `${Math.round(value).toLocaleString()} km`;
}

export function AssemblyPanel({
  points,
  areas,
  picked,
  picking,
  onPick,
  onChanged,
  version,
}: AssemblyPanelProps): React.JSX.Element {
  const nameId = useId();
  const kindId = useId();
  const capacityId = useId();
  const scopeId = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('school');
  const [capacity, setCapacity] = useState('');
  const [scope, setScope] = useState('all');
  const [assign, setAssign] = useState<{ key: string; result: AssignResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const assignKey = `${scope}:${version}:${points.map((p) => p.id).join(',')}`;

  useEffect(() => {
    if (points.length === 0) return undefined;
    let alive = true;
    call('assembly.assign', { limit: 0, ...(scope === 'all' ? {} : { areaId: Number(scope) }) }).then(
      (result) => alive && setAssign({ key: assignKey, result }),
      (e: unknown) => alive && setError(describeMapError(e)),
    );
    return () => {
      alive = false;
    };
  }, [assignKey, scope, points.length]);

  const capacityNumber = capacity.trim() === '' ? null : Number(capacity);
  const capacityValid = capacityNumber === null || (Number.isInteger(capacityNumber) && capacityNumber >= 0);

  async function act(action: () => Promise<unknown>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged();
    } catch (e) {
      setError(describeMapError(e));
    } finally {
      setBusy(false);
    }
  }

  const current = assign?.key === assignKey ? assign.result : null;
  const perPoint = new Map(current?.perPoint.map((p) => [p.pointId, p]) ?? []);
  return (
    <section className="map-panel-body" aria-label="Assembly points">
      <ErrorAlert message={error} />
      <form
        className="map-form"
        aria-label="New assembly point"
        onSubmit={(e) => {
          e.preventDefault();
          if (!picked || !name.trim() || !capacityValid) return;
          void act(async () => {
            await call('assembly.create', {
              name: name.trim(),
              kind,
              lon: picked.lon,
              lat: picked.lat,
              capacity: capacityNumber,
            });
            setName('');
            setCapacity('');
            onPick(false);
          });
        }}
      >
        <div className="map-actions">
          <button
            type="button"
            className={picking ? 'button button-primary' : 'button'}
            aria-pressed={picking}
            onClick={() => onPick(!picking)}
          >
            {picking ? 'Click the map…' : 'Place a new point'}
          </button>
          <span className="muted">
            {picked ? `${picked.lat.toFixed(4)}, ${picked.lon.toFixed(4)}` : 'No place chosen'}
          </span>
        </div>
        {picked ? (
          <>
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
            <label htmlFor={kindId} className="field-label">
              Kind
            </label>
            <select
              id={kindId}
              className="select"
              value={kind}
              onChange={(e) => setKind(e.target.value as Kind)}
            >
              {KINDS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.label}
                </option>
              ))}
            </select>
            <label htmlFor={capacityId} className="field-label">
              Capacity (people, optional)
            </label>
            <input
              id={capacityId}
              type="text"
              inputMode="numeric"
              className="input-narrow"
              value={capacity}
              aria-invalid={!capacityValid}
              onChange={(e) => setCapacity(e.target.value)}
            />
            <div className="map-actions">
              <button
                type="submit"
                className="button button-primary"
                disabled={busy || !name.trim() || !capacityValid}
              >
                Add assembly point
              </button>
            </div>
          </>
        ) : null}
      </form>

      {points.length === 0 ? (
        <p className="muted">
          No assembly points yet. Place the embassy, the airport or a school to assign people to the nearest
          one.
        </p>
      ) : (
        <>
          <label htmlFor={scopeId} className="field-label">
            Assign
          </label>
          <select id={scopeId} className="select" value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="all">Everyone with a point</option>
            {areas.map((a) => (
              <option key={a.id} value={String(a.id)}>
                People inside {a.name}
              </option>
            ))}
          </select>
          <ul className="assembly-list" aria-label="Assembly points and their people">
            {points.map((p) => {
              const stats = perPoint.get(p.id);
              return (
                <li key={p.id} className="assembly-item">
                  <div>
                    <strong dir="auto">{p.name}</strong>{' '}
                    <span className="muted">({KINDS.find((k) => k.kind === p.kind)?.label ?? p.kind})</span>
                  </div>
                  <div className="muted" data-assembly-count={p.id}>
                    {stats
                      ? `${stats.count.toLocaleString()} assigned${stats.count > 0 ? ` · mean ${km(stats.meanKm)} · farthest ${km(stats.maxKm)}` : ''}`
                      : 'Counting…'}
                    {p.capacity !== null ? ` · capacity ${p.capacity.toLocaleString()}` : ''}
                    {stats && stats.overCapacity > 0 ? (
                      <span className="text-danger">
                        {' '}
                        · {stats.overCapacity.toLocaleString()} over capacity
                      </span>
                    ) : null}
                  </div>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    onClick={() => void act(() => call('assembly.delete', { id: p.id }))}
                  >
                    Delete <span className="visually-hidden">{p.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {current && current.unplaced > 0 ? (
            <p className="muted">
              {current.unplaced.toLocaleString()} people without a point are not assigned.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

// Who is within N km of a point picked on the map, or of an area (inside it counts as 0 km).
import { useId, useState } from 'react';
import type { CrisisArea, NearResult } from '../../../shared/areas';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { BreakdownTables } from './BreakdownTables';
import { describeMapError } from './mapErrors';
import { PersonList } from './PersonList';

export const NEAR_PAGE_SIZE = 50;

export type NearTargetChoice = { kind: 'point'; lon: number; lat: number } | { kind: 'area'; id: number };

interface NearPanelProps {
  areas: readonly CrisisArea[];
  point: { lon: number; lat: number } | null;
  picking: boolean;
  onPick(picking: boolean): void;
  onOpenPerson(id: number): void;
  /** The point and radius searched, to draw on the map (null clears it). */
  onSearched(circle: { lon: number; lat: number; km: number } | null): void;
}

function formatKm(km: number): string {
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km).toLocaleString()} km`;
}

export function NearPanel({
  areas,
  point,
  picking,
  onPick,
  onOpenPerson,
  onSearched,
}: NearPanelProps): React.JSX.Element {
  const kmId = useId();
  const targetId = useId();
  const [targetArea, setTargetArea] = useState<string>('point');
  const [km, setKm] = useState('10');
  const [offset, setOffset] = useState(0);
  const [result, setResult] = useState<NearResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const distance = Number(km.replace(',', '.'));
  const kmValid = Number.isFinite(distance) && distance >= 0 && distance <= 2000;
  const target: NearTargetChoice | null =
    targetArea === 'point'
      ? point
        ? { kind: 'point', ...point }
        : null
      : { kind: 'area', id: Number(targetArea) };

  async function search(at: number): Promise<void> {
    if (!target || !kmValid) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await call('area.near', {
        target,
        km: distance,
        offset: at,
        limit: NEAR_PAGE_SIZE,
        includeRows: true,
      });
      setResult(answer);
      setOffset(at);
      onSearched(target.kind === 'point' ? { lon: target.lon, lat: target.lat, km: distance } : null);
    } catch (e) {
      setError(describeMapError(e));
    } finally {
      setBusy(false);
    }
  }

  const distances = new Map(result?.people.map((p) => [p.id, p.distanceKm]) ?? []);
  return (
    <section className="map-panel-body" aria-label="Near">
      <form
        className="map-form"
        onSubmit={(e) => {
          e.preventDefault();
          void search(0);
        }}
      >
        <label htmlFor={targetId} className="field-label">
          Around
        </label>
        <select
          id={targetId}
          className="select"
          value={targetArea}
          onChange={(e) => setTargetArea(e.target.value)}
        >
          <option value="point">A point on the map</option>
          {areas.map((a) => (
            <option key={a.id} value={String(a.id)}>
              Area: {a.name}
            </option>
          ))}
        </select>
        {targetArea === 'point' ? (
          <div className="map-actions">
            <button
              type="button"
              className={picking ? 'button button-primary' : 'button'}
              aria-pressed={picking}
              onClick={() => onPick(!picking)}
            >
              {picking ? 'Click the map…' : 'Pick a point'}
            </button>
            <span className="muted">
              {point ? `${point.lat.toFixed(4)}, ${point.lon.toFixed(4)}` : 'No point yet'}
            </span>
          </div>
        ) : null}
        <label htmlFor={kmId} className="field-label">
          Within (km)
        </label>
        <input
          id={kmId}
          type="text"
          inputMode="decimal"
          className="input-narrow"
          value={km}
          aria-invalid={!kmValid}
          onChange={(e) => setKm(e.target.value)}
        />
        <div className="map-actions">
          <button type="submit" className="button button-primary" disabled={busy || !target || !kmValid}>
            Find people
          </button>
        </div>
      </form>
      <ErrorAlert message={error} />
      {result ? (
        <>
          <p>
            <strong data-count="near">{result.total.toLocaleString()}</strong>{' '}
            {result.total === 1 ? 'person' : 'people'} within {formatKm(distance)}
            {result.unplaced > 0 ? (
              <span className="muted"> · {result.unplaced.toLocaleString()} without a point not counted</span>
            ) : null}
          </p>
          <BreakdownTables breakdowns={result.breakdowns} label="Who is near" />
          <PersonList
            label="People near, nearest first"
            rows={result.rows}
            total={result.total}
            offset={offset}
            pageSize={NEAR_PAGE_SIZE}
            onOffsetChange={(next) => void search(next)}
            onOpen={onOpenPerson}
            note={(row) => {
              const d = distances.get(row.id);
              return d === undefined ? null : d === 0 ? 'inside' : formatKm(d);
            }}
          />
        </>
      ) : null}
    </section>
  );
}

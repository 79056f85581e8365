import { useId, useState } from 'react';
import type { PersonDetail } from '../../../shared/people';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeError } from '../errorMessages';
import { readPoint, type PointProblems } from './placement';
import { PointInputs } from './PointInputs';

interface PlaceOnMapFormProps {
  id: number;
  onPlaced(detail: PersonDetail): void;
}

/**
 * Places a person the import could not place. Until the map view exists the officer types the
 * point (from a GPS, a phone's shared location or another map); the copy says so.
 */
export function PlaceOnMapForm({ id, onPlaced }: PlaceOnMapFormProps): React.JSX.Element {
  const ids = useId();
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [problems, setProblems] = useState<PointProblems>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function place(): Promise<void> {
    const point = readPoint(lat, lon);
    setError(null);
    if (!point.ok) {
      setProblems(point.problems);
      return;
    }
    setProblems({});
    setSaving(true);
    try {
      onPlaced(await call('people.place', { id, lat: point.lat, lon: point.lon }));
    } catch (err) {
      setError(`The point was not saved. ${describeError(err)}`);
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby={`${ids}-title`} className="place-on-map">
      <h3 className="panel-subheading" id={`${ids}-title`}>
        Place on map
      </h3>
      <p className="muted">
        The import could not place this person. Muster has no map to click on yet: type the point in decimal
        degrees, from a GPS, a shared phone location or another map.
      </p>
      <form
        className="form form-compact"
        aria-label="Place on map"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void place();
        }}
      >
        <PointInputs
          idPrefix={ids}
          lat={lat}
          lon={lon}
          problems={problems}
          onLatChange={setLat}
          onLonChange={setLon}
        />
        <ErrorAlert message={error} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save the point'}
          </button>
        </div>
      </form>
    </section>
  );
}

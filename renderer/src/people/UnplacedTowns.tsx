import { useEffect, useId, useState } from 'react';
import type { UnplacedTown } from '../../../shared/people';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeError } from '../errorMessages';
import { readPoint, type PointProblems } from './placement';
import { PointInputs } from './PointInputs';

const TOWNS_SHOWN = 20;

interface UnplacedTownsProps {
  /** Changes when records changed elsewhere: the towns are listed again. */
  version: number;
  onPlaced(): void;
}

function spellingsOf(town: UnplacedTown): string {
  return town.spellings.map((s) => s.city).join(' · ');
}

/**
 * The unplaced people town by town: a suburb the gazetteer does not know is placed once for
 * everyone registered there, and the vault remembers it for the next import.
 */
export function UnplacedTowns({ version, onPlaced }: UnplacedTownsProps): React.JSX.Element | null {
  const [towns, setTowns] = useState<UnplacedTown[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('people.unplacedTowns', { limit: TOWNS_SHOWN }).then(
      (list) => {
        if (current) setTowns(list);
      },
      (err: unknown) => {
        if (current) setError(`The towns could not be listed. ${describeError(err)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [version]);

  if (towns !== null && towns.length === 0 && error === null) return null;
  return (
    <section aria-label="Unplaced towns" className="unplaced-towns">
      <h3 className="panel-subheading">By town</h3>
      <p className="muted">
        Towns the offline gazetteer does not know, with every spelling the files used. Give a town its point
        once: everyone registered there is placed, and later imports place it by themselves.
      </p>
      <ErrorAlert message={error} />
      <ul className="household-list">
        {(towns ?? []).map((town) => {
          const id = `${town.country}:${town.key}`;
          return (
            <li key={id}>
              <span dir="auto">{spellingsOf(town)}</span>
              <span className="muted">
                {' · '}
                {town.count === 1 ? '1 person' : `${town.count.toLocaleString()} people`}
                {town.country ? ` · ${town.country}` : ''}
              </span>{' '}
              {open === id ? (
                <TownPointForm
                  town={town}
                  onCancel={() => setOpen(null)}
                  onPlaced={() => {
                    setOpen(null);
                    onPlaced();
                  }}
                />
              ) : (
                <button type="button" className="link-button" onClick={() => setOpen(id)}>
                  Place everyone here…
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface TownPointFormProps {
  town: UnplacedTown;
  onPlaced(): void;
  onCancel(): void;
}

function TownPointForm({ town, onPlaced, onCancel }: TownPointFormProps): React.JSX.Element {
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
      await call('people.placeTown', {
        country: town.country,
        key: town.key,
        lat: point.lat,
        lon: point.lon,
      });
      onPlaced();
    } catch (err) {
      setError(`The town was not placed. ${describeError(err)}`);
      setSaving(false);
    }
  }

  return (
    <form
      className="form form-compact"
      aria-label={`Point for ${town.spellings[0]?.city ?? 'this town'}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void place();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
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
          {saving ? 'Placing…' : `Place ${town.count.toLocaleString()} people`}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}

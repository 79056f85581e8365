// Placing a person by hand: the officer's point replaces whatever the gazetteer found (or did not),
// so the geocoder's confidence no longer applies and the place says who put it there.
import { MusterError } from '../../../shared/errors';
import type { PersonDetail } from '../../../shared/people';
import type { Vault } from '../vault/vault';
import { personDetail } from './detail';
import { recordPersonChange } from './recordChange';

export const PLACED_BY_HAND = 'placed by hand';

type Value = string | number | null;

type PlaceColumns = {
  lat: Value;
  lon: Value;
  geocode_place: Value;
  geocode_confidence: Value;
};

function inRange(value: number, limit: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= limit;
}

export async function placePerson(
  vault: Vault,
  operator: string,
  point: { id: number; lat: number; lon: number },
  now: () => Date,
): Promise<PersonDetail> {
  // The contract checks the ranges too; the CLI and tests reach this without it.
  if (!inRange(point.lat, 90) || !inRange(point.lon, 180)) {
    throw new MusterError('INVALID_INPUT', 'Latitude runs from -90 to 90 and longitude from -180 to 180.');
  }
  const current = vault.query<PlaceColumns>(
    'SELECT lat, lon, geocode_place, geocode_confidence FROM person WHERE id = ?',
    [point.id],
  )[0];
  if (!current) throw new MusterError('NOT_FOUND', 'There is no person with this number.');

  const next: PlaceColumns = {
    lat: point.lat,
    lon: point.lon,
    geocode_place: PLACED_BY_HAND,
    geocode_confidence: null,
  };
  const changed = (Object.keys(next) as (keyof PlaceColumns)[]).filter(
    (f) => String(next[f] ?? '') !== String(current[f] ?? ''),
  );
  if (changed.length === 0) return personDetail(vault, point.id);

  await recordPersonChange(vault, {
    id: point.id,
    operator,
    action: 'people.place',
    current,
    next,
    fields: changed,
    now,
  });
  return personDetail(vault, point.id);
}

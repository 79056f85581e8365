// Places an officer taught the vault: a suburb or village the bundled gazetteer does not know
// ("Bourj Hammoud", "Dekwaneh"), placed once by hand for everyone registered there. They live in the
// vault (the `meta` table, as one small list), so later imports place the same town by themselves.
import type { Geocoder, GeocodeHit } from '../import/pipeline/geocoding';
import type { Statement, Vault } from '../vault/vault';
import { placeKey, placeSkeleton } from './gazetteerKeys';

const META_KEY = 'local_places';

export interface LocalPlace {
  /** ISO alpha-2, or '' for a town named without a country. */
  country: string;
  /** placeSkeleton(placeKey(name)): one key for the spellings of one town. */
  key: string;
  /** The spelling most records used, shown as the matched place. */
  name: string;
  lat: number;
  lon: number;
}

/** The key that brings a town's spellings together ("Bourj Hammoud", "Burj Hammud" → "brj hmd"). */
export function townKey(city: string): string {
  return placeSkeleton(placeKey(city));
}

export function readLocalPlaces(vault: Vault): LocalPlace[] {
  const row = vault.query<{ value: string }>('SELECT value FROM meta WHERE key = ?', [META_KEY])[0];
  if (!row) return [];
  try {
    const parsed: unknown = JSON.parse(row.value);
    return Array.isArray(parsed) ? (parsed as LocalPlace[]) : [];
  } catch {
    return [];
  }
}

/** The statement that stores `place`, replacing an earlier point for the same town. */
export function saveLocalPlaceStatement(vault: Vault, place: LocalPlace): Statement {
  const others = readLocalPlaces(vault).filter((p) => p.key !== place.key || p.country !== place.country);
  return {
    sql: 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    params: [META_KEY, JSON.stringify([...others, place])],
  };
}

/** Confidence of a place the officer set: as sure as the officer was. */
export const LOCAL_PLACE_CONFIDENCE = 1;

/** The vault's own places first, then the gazetteer. */
export function withLocalPlaces(vault: Vault, base: Geocoder | null): Geocoder | null {
  const places = readLocalPlaces(vault);
  if (places.length === 0) return base;
  const byKey = new Map(places.map((p) => [`${p.country}\u001f${p.key}`, p]));
  return (query) => {
    if (query.city) {
      const key = townKey(query.city);
      const place = byKey.get(`${query.country ?? ''}\u001f${key}`) ?? byKey.get(`\u001f${key}`);
      if (place) {
        const hit: GeocodeHit = {
          lat: place.lat,
          lon: place.lon,
          place: `${place.name} (placed by an officer)`,
          confidence: LOCAL_PLACE_CONFIDENCE,
          country: place.country || (query.country ?? ''),
        };
        return hit;
      }
    }
    return base ? base(query) : null;
  };
}

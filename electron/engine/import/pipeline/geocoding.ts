// Where the offline gazetteer plugs into an import: records with a city or admin area but no
// coordinates get a point, the matched place and a confidence. Rows the gazetteer cannot place stay
// without coordinates and are counted as unplaced, to be placed by hand.
import { isMusterError } from '../../../../shared/errors';
import { loadGazetteer, type Gazetteer } from '../../geo/gazetteer';

export interface GeocodeQuery {
  city: string | null;
  admin1: string | null;
  country: string | null;
}

export interface GeocodeHit {
  lat: number;
  lon: number;
  place: string;
  confidence: number;
  /** ISO alpha-2 of the place found. */
  country: string;
}

export type Geocoder = (query: GeocodeQuery) => GeocodeHit | null;

/**
 * A geocoder for one import. The gazetteer is read on the first row that needs it, so a file with
 * coordinates (or no addresses) never pays for it. A roster names the same few hundred towns
 * thousands of times: each distinct (city, admin area, country) is resolved once per import, and
 * the cache goes when the import does.
 */
export function loadGeocoder(path?: string): Geocoder {
  let gazetteer: Gazetteer | null | undefined;
  const cache = new Map<string, GeocodeHit | null>();
  return (query) => {
    const key = `${query.city ?? ''}\u001f${query.admin1 ?? ''}\u001f${query.country ?? ''}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    if (gazetteer === undefined) gazetteer = openGazetteer(path);
    const found = gazetteer?.geocode(query) ?? null;
    const hit = found && {
      lat: found.lat,
      lon: found.lon,
      place: found.place,
      confidence: found.confidence,
      country: found.country,
    };
    cache.set(key, hit);
    return hit;
  };
}

/**
 * A missing place-name file must not stop an import: people are still recorded, only unplaced.
 * Any other failure (a corrupt file) is a real fault and surfaces.
 */
function openGazetteer(path: string | undefined): Gazetteer | null {
  try {
    return path === undefined ? loadGazetteer() : loadGazetteer(path);
  } catch (e) {
    if (isMusterError(e) && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

/** Below this many placed rows, a file's places say too little about its country. */
const MIN_PLACED_FOR_COUNTRY = 20;
const DOMINANT_SHARE = 0.6;

/**
 * The country most of a file's places lie in, for a file whose rows, mapping and vault name none:
 * a roster of Lebanese towns says "Tripoli" means Tripoli, Lebanon, not the larger one in Libya.
 * Null when the places are too few or spread over several countries.
 */
export function countryOfPlaces(queries: readonly GeocodeQuery[], geocoder: Geocoder): string | null {
  const counts = new Map<string, number>();
  let placed = 0;
  for (const q of queries) {
    if (q.country || (!q.city && !q.admin1)) continue;
    const hit = geocoder(q);
    if (!hit) continue;
    placed++;
    counts.set(hit.country, (counts.get(hit.country) ?? 0) + 1);
  }
  if (placed < MIN_PLACED_FOR_COUNTRY) return null;
  const [country, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return n / placed >= DOMINANT_SHARE ? country : null;
}

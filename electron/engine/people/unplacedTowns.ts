// The unplaced list, town by town. Rosters name suburbs the bundled gazetteer does not hold, in
// many spellings ("Bourj Hammoud", "Borj Hammoud", "Burj Hammud"): an officer places the town once
// and everyone registered there gets its point, and the vault remembers it for later imports.
import { MusterError } from '../../../shared/errors';
import type { PlaceTownRequest, UnplacedTown } from '../../../shared/people';
import { recordAudit } from '../audit/audit';
import { saveLocalPlaceStatement, townKey } from '../geo/localPlaces';
import type { Statement, Vault } from '../vault/vault';

const UNPLACED = '(lat IS NULL OR lon IS NULL)';

interface CityCount {
  city: string;
  country: string;
  n: number;
}

function unplacedCities(vault: Vault): CityCount[] {
  return vault.query<CityCount>(
    `SELECT city, coalesce(country, '') AS country, count(*) AS n FROM person
     WHERE ${UNPLACED} AND city IS NOT NULL AND trim(city) <> '' GROUP BY city, country`,
  );
}

/** Towns with unplaced people, most people first. */
export function unplacedTowns(vault: Vault, limit: number): UnplacedTown[] {
  const towns = new Map<string, UnplacedTown>();
  for (const { city, country, n } of unplacedCities(vault)) {
    const key = townKey(city);
    if (!key) continue;
    const id = `${country}\u001f${key}`;
    const town = towns.get(id) ?? { country, key, spellings: [], count: 0 };
    town.spellings.push({ city, count: n });
    town.count += n;
    towns.set(id, town);
  }
  const sorted = [...towns.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  for (const town of sorted) town.spellings.sort((a, b) => b.count - a.count || a.city.localeCompare(b.city));
  return sorted.slice(0, limit);
}

const PLACE_FIELDS = ['lat', 'lon', 'geocode_place', 'geocode_confidence'] as const;

/** Gives every unplaced person of one town the officer's point; returns how many were placed. */
export async function placeTown(
  vault: Vault,
  operator: string,
  request: PlaceTownRequest,
  now: () => Date,
): Promise<{ placed: number }> {
  const cities = unplacedCities(vault).filter(
    (c) => c.country === request.country && townKey(c.city) === request.key,
  );
  if (cities.length === 0) {
    throw new MusterError('NOT_FOUND', 'Nobody from this town is waiting for a point any more.');
  }
  const name = [...cities].sort((a, b) => b.n - a.n)[0]?.city as string;
  const at = now().toISOString();
  // Spellings and country name the people to place; the statements carry them, so replaying the
  // journal places exactly the same records.
  const spellings = JSON.stringify(cities.map((c) => c.city));
  const chosen = `${UNPLACED} AND coalesce(country, '') = ? AND city IN (SELECT value FROM json_each(?))`;
  const place = `${name} (placed by an officer)`;
  const after: Record<(typeof PLACE_FIELDS)[number], string | null> = {
    lat: String(request.lat),
    lon: String(request.lon),
    geocode_place: place,
    geocode_confidence: null,
  };
  const statements: Statement[] = [
    ...PLACE_FIELDS.map((field) => ({
      sql: `INSERT INTO person_history (person_id, at, operator, field, before, after, batch_id)
            SELECT id, ?, ?, '${field}', CAST(${field} AS TEXT), ?, NULL FROM person WHERE ${chosen}`,
      params: [at, operator, after[field], request.country, spellings],
    })),
    {
      sql: `UPDATE person SET lat = ?, lon = ?, geocode_place = ?, geocode_confidence = NULL, updated_at = ?
            WHERE ${chosen}`,
      params: [request.lat, request.lon, place, at, request.country, spellings],
    },
    saveLocalPlaceStatement(vault, {
      country: request.country,
      key: request.key,
      name,
      lat: request.lat,
      lon: request.lon,
    }),
  ];
  const placed = cities.reduce((sum, c) => sum + c.n, 0);
  await vault.mutate(statements);
  // A count only: a town's name says where people live.
  await recordAudit(vault, {
    operator,
    action: 'people.placeTown',
    object: null,
    counts: { people: placed, spellings: cities.length },
    at: now(),
  });
  return { placed };
}

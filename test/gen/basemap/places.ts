// Major places and first-level admin areas from Muster's own gazetteer (GeoNames), as points
// for the basemap. No installed package ships admin-1 polygons, so an admin area appears as a
// named point at its administrative seat (or its most populous place when it has no seat).
import type { Feature, Point } from 'geojson';
import {
  decodeAdmin,
  decodePlaces,
  readGazetteerHeader,
  type PlaceRow,
} from '../../../electron/engine/geo/gazetteerFormat';

export type PlaceKind = 'capital' | 'city' | 'admin1';

export interface PlaceProps {
  kind: PlaceKind;
  name: string;
  /** The zoom from which the map shows this place's name. */
  minzoom: number;
}

export type PlaceFeature = Feature<Point, PlaceProps>;

/** Towns below this size are street-level detail, which a user PMTiles file can add. */
export const MIN_CITY_POPULATION = 100_000;

export function placeMinZoom(kind: PlaceKind, population: number): number {
  if (kind === 'capital') return 3;
  if (kind === 'admin1') return 6;
  if (population >= 3_000_000) return 4;
  if (population >= 1_000_000) return 5;
  if (population >= 300_000) return 6;
  return 7;
}

interface Ranked {
  feature: PlaceFeature;
  population: number;
}

function point(row: PlaceRow, kind: PlaceKind, name: string): Ranked {
  const feature: PlaceFeature = {
    type: 'Feature',
    properties: {
      kind,
      name,
      minzoom: placeMinZoom(kind, row.population),
    },
    geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
  };
  return { feature, population: row.population };
}

export function placeFeatures(gazetteerText: string): PlaceFeature[] {
  const start = readGazetteerHeader(gazetteerText);
  const firstPlace = gazetteerText.indexOf('\nP\t', start - 1);
  const adminText = gazetteerText.slice(start, firstPlace < 0 ? gazetteerText.length : firstPlace);
  const adminNames = new Map<string, string>();
  for (const line of adminText.split('\n')) {
    if (line === '') continue;
    const admin = decodeAdmin(line);
    adminNames.set(admin.code, admin.name);
  }

  const places: Ranked[] = [];
  // Best place to stand for each admin area: its seat, else its most populous place.
  const adminAnchor = new Map<string, { row: PlaceRow; seat: boolean }>();
  decodePlaces(firstPlace < 0 ? '' : gazetteerText.slice(firstPlace + 1), (row) => {
    if (row.rank === 'C') places.push(point(row, 'capital', row.name));
    else if (row.population >= MIN_CITY_POPULATION && row.rank !== 'X')
      places.push(point(row, 'city', row.name));
    const code = `${row.country}.${row.admin1}`;
    if (!adminNames.has(code)) return;
    const seat = row.rank === 'A';
    const held = adminAnchor.get(code);
    if (!held || (seat && !held.seat) || (seat === held.seat && row.population > held.row.population)) {
      adminAnchor.set(code, { row, seat });
    }
  });
  for (const [code, { row }] of adminAnchor) places.push(point(row, 'admin1', adminNames.get(code) ?? code));

  // Most populous first: where labels collide, the map keeps the earlier one.
  return places
    .sort(
      (a, b) =>
        a.feature.properties.minzoom - b.feature.properties.minzoom ||
        b.population - a.population ||
        (a.feature.properties.name < b.feature.properties.name ? -1 : 1),
    )
    .map((p) => p.feature);
}

// Turns whatever polygons a file or a drawing gave us into a geometry the point-in-polygon test can
// trust, and says in plain words what it changed. Order matters: rings are cleaned and closed first,
// made continuous across the antimeridian, un-crossed and wound while still continuous (cutting
// first would create seams that look like self-intersections), and only then cut at ±180.
import rewind from '@turf/rewind';
import unkinkPolygon from '@turf/unkink-polygon';
import type { Polygon } from 'geojson';
import type { AreaGeometry } from '../../../../shared/areas';
import { MusterError } from '../../../../shared/errors';
import { splitAtAntimeridian, unwrapRing } from './antimeridian';
import { countCrossings } from './crossings';
import { isClosed, signedArea, toGeometry, type PolygonRings, type Ring } from './rings';

/** Past this, the vault record and the map would both struggle; publishers' areas are far smaller. */
export const MAX_AREA_VERTICES = 1_000_000;
/** @turf/unkink-polygon is slow on big outlines: beyond this a crossing outline is refused instead. */
const MAX_UNKINK_VERTICES = 50_000;

export interface Repaired {
  geometry: AreaGeometry;
  repairs: string[];
}

export function repairPolygons(input: PolygonRings[]): Repaired {
  const notes = new Notes();
  // Files are untrusted: a "polygon" may be anything, and is dropped if it is not a list of rings.
  let polygons = input.map((polygon) =>
    Array.isArray(polygon) ? polygon.map((ring) => cleanRing(ring, notes)) : [],
  );
  assertDegrees(polygons);
  assertSize(polygons);

  polygons = dropDegenerate(polygons, notes);
  if (polygons.length === 0) {
    throw new MusterError('INVALID_INPUT', 'There is no usable polygon in this area (every ring is empty).');
  }

  polygons = polygons.map((polygon) =>
    polygon.map((ring) => {
      const unwrapped = unwrapRing(ring);
      if (unwrapped.jumped) notes.count('antimeridian', 1);
      return unwrapped.ring;
    }),
  );
  // Un-crossing comes first: a bow-tie's lobes cancel out, so its signed area says nothing yet.
  polygons = polygons
    .flatMap((polygon) => uncross(polygon, notes))
    .map((polygon) => wind(polygon, notes))
    .filter((polygon) => polygon.length > 0);
  if (polygons.length === 0) {
    throw new MusterError(
      'INVALID_INPUT',
      'There is no usable polygon in this area (every outline is flat).',
    );
  }
  const pieces = polygons.flatMap((polygon) => splitAtAntimeridian(polygon));
  if (pieces.length > polygons.length) notes.count('split', pieces.length - polygons.length);

  return { geometry: toGeometry(pieces), repairs: notes.sentences() };
}

// Checked before the costly steps, so an oversized file is refused at once.
function assertSize(polygons: PolygonRings[]): void {
  const total = polygons.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
  if (total > MAX_AREA_VERTICES) {
    throw new MusterError(
      'INVALID_INPUT',
      `This area has ${total.toLocaleString('en')} vertices; Muster keeps areas up to ${MAX_AREA_VERTICES.toLocaleString('en')}. Simplify it first (e.g. with mapshaper).`,
    );
  }
}

/** A polygon needs an outer ring of at least three distinct points; a hole that small is dropped alone. */
function dropDegenerate(polygons: PolygonRings[], notes: Notes): PolygonRings[] {
  const usable: PolygonRings[] = [];
  for (const [outer, ...holes] of polygons) {
    if (!outer || outer.length < 4) {
      notes.count('droppedPolygon', 1);
      continue;
    }
    const kept = holes.filter((ring) => ring.length >= 4);
    if (kept.length < holes.length) notes.count('degenerate', holes.length - kept.length);
    usable.push([outer, ...kept]);
  }
  return usable;
}

/** Numbers only, [lon, lat] only, no repeated points, closed. */
function cleanRing(ring: unknown, notes: Notes): Ring {
  if (!Array.isArray(ring)) return [];
  const out: Ring = [];
  for (const p of ring as unknown[]) {
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    out.push([p[0] as number, p[1] as number]);
  }
  if (out.length >= 3 && !isClosed(out)) {
    out.push([...out[0]!]);
    notes.count('closed', 1);
  }
  return out;
}

function assertDegrees(polygons: PolygonRings[]): void {
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [x, y] of ring) {
        // 540 leaves room for rings unwrapped past the antimeridian; metres are far beyond it.
        if (Math.abs(y!) > 90 || Math.abs(x!) > 540) {
          throw new MusterError(
            'INVALID_INPUT',
            'The coordinates are not longitude/latitude degrees: the file is probably in a projected ' +
              'coordinate system (metres). Export it as WGS84 (EPSG:4326), or for a Shapefile include its .prj.',
          );
        }
      }
    }
  }
}

/** Outer ring counter-clockwise, holes clockwise (RFC 7946); flat rings dropped. */
function wind(polygon: PolygonRings, notes: Notes): PolygonRings {
  const [outer, ...holes] = polygon;
  if (!outer || signedArea(outer) === 0) {
    notes.count('droppedPolygon', 1);
    return [];
  }
  const kept = holes.filter((ring) => signedArea(ring) !== 0);
  if (kept.length < holes.length) notes.count('degenerate', holes.length - kept.length);
  const rings = [outer, ...kept];
  const wrong = rings.filter((ring, i) => (i === 0 ? signedArea(ring) < 0 : signedArea(ring) > 0)).length;
  if (wrong === 0) return rings;
  notes.count('rewound', wrong);
  const geometry: Polygon = { type: 'Polygon', coordinates: rings };
  return (rewind(geometry, { mutate: true }) as Polygon).coordinates;
}

function uncross(polygon: PolygonRings, notes: Notes): PolygonRings[] {
  if (polygon.length === 0) return [];
  const crossings = countCrossings(polygon);
  if (crossings === 0) return [polygon];
  const vertices = polygon.reduce((n, ring) => n + ring.length, 0);
  if (vertices > MAX_UNKINK_VERTICES) throw crossingRefusal(crossings);
  let parts: PolygonRings[];
  try {
    parts = unkinkPolygon({ type: 'Polygon', coordinates: polygon }).features.map(
      (f) => f.geometry.coordinates,
    );
  } catch (e) {
    throw crossingRefusal(crossings, e);
  }
  if (parts.length === 0) throw crossingRefusal(crossings);
  notes.count('uncrossed', crossings);
  return parts;
}

function crossingRefusal(crossings: number, cause?: unknown): MusterError {
  return new MusterError(
    'INVALID_INPUT',
    `The outline crosses itself in ${crossings} place${crossings === 1 ? '' : 's'} and could not be repaired automatically; redraw it or fix it in a GIS.`,
    { cause },
  );
}

const SENTENCES: Record<string, (n: number) => string> = {
  closed: (n) => `Closed ${n} open ring${n === 1 ? '' : 's'}.`,
  degenerate: (n) =>
    `Dropped ${n} ring${n === 1 ? '' : 's'} with fewer than three distinct points or no area.`,
  droppedPolygon: (n) => `Dropped ${n} empty polygon${n === 1 ? '' : 's'}.`,
  rewound: (n) =>
    `Fixed the winding of ${n} ring${n === 1 ? '' : 's'} (outer counter-clockwise, holes clockwise).`,
  uncrossed: (n) =>
    `Repaired ${n} self-intersection${n === 1 ? '' : 's'} by splitting the outline into simple parts.`,
  antimeridian: (n) =>
    `${n} ring${n === 1 ? '' : 's'} crossed the 180° meridian and ${n === 1 ? 'was' : 'were'} made continuous.`,
  split: (n) => `Cut at the 180° meridian into ${n} extra part${n === 1 ? '' : 's'}.`,
};

class Notes {
  private readonly counts = new Map<string, number>();
  count(kind: keyof typeof SENTENCES, n: number): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
  }
  sentences(): string[] {
    return [...this.counts].map(([kind, n]) => SENTENCES[kind]!(n));
  }
}

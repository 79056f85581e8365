// Small planar helpers for building the basemap: coordinate rounding and a label point per
// country. Planar maths on degrees is good enough to place a label, not to measure anything.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Rounds every coordinate to `decimals` places and drops points that then repeat. */
export function roundRing(ring: Position[], decimals: number): Position[] {
  const factor = 10 ** decimals;
  const out: Position[] = [];
  for (const [lon = 0, lat = 0] of ring) {
    const point = [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor];
    const last = out[out.length - 1];
    if (last && last[0] === point[0] && last[1] === point[1]) continue;
    out.push(point);
  }
  return out;
}

/** Rounds a polygon; null when its outer ring collapses, and collapsed holes are dropped. */
export function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
  const [outer, ...holes] = rings.map((r) => roundRing(r, decimals));
  // A closed ring needs at least a triangle: 4 positions, the first repeated.
  if (!outer || outer.length < 4) return null;
  return [outer, ...holes.filter((h) => h.length >= 4)];
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

function ringCentroid(ring: Position[]): Position {
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const cross = xj * yi - xi * yj;
    a += cross;
    cx += (xi + xj) * cross;
    cy += (yi + yj) * cross;
  }
  if (a === 0) return ring[0] ?? [0, 0];
  return [cx / (3 * a), cy / (3 * a)];
}

/**
 * Where a country's name goes: the centroid of its largest part, so France is labelled in
 * Europe and not somewhere between Paris and French Guiana.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): { point: Position; area: number } {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Position[] | null = null;
  let bestArea = 0;
  let total = 0;
  for (const part of parts) {
    const outer = part[0];
    if (!outer) continue;
    const area = Math.abs(ringArea(unwrapRing(outer)));
    total += area;
    if (area > bestArea) {
      bestArea = area;
      best = outer;
    }
  }
  const [lon = 0, lat = 0] = best ? ringCentroid(unwrapRing(best)) : [0, 0];
  return { point: [Math.round(wrapLongitude(lon) * 100) / 100, Math.round(lat * 100) / 100], area: total };
}

/** A longitude step longer than half the world is a ring or line crossing the antimeridian. */
function crossesAntimeridian(a: Position, b: Position): boolean {
  return Math.abs((a[0] ?? 0) - (b[0] ?? 0)) > 180;
}

/**
 * Makes a ring that crosses the antimeridian continuous by moving its western points 360°
 * east (Chukotka at -175° becomes 185°). Left as it is, the ring would jump across the whole
 * map and fill a band round the world. A ring that crosses an odd number of times goes round
 * a pole (Antarctica): it must go all the way round and stays as it is.
 */
export function unwrapRing(ring: Position[]): Position[] {
  let jumps = 0;
  for (let i = 1; i < ring.length; i++) if (crossesAntimeridian(ring[i - 1]!, ring[i]!)) jumps++;
  if (jumps === 0 || jumps % 2 === 1) return ring;
  return ring.map(([lon = 0, lat = 0]) => [lon < 0 ? lon + 360 : lon, lat]);
}

/** Cuts a line where it crosses the antimeridian, so no segment spans the whole map. */
export function splitAtAntimeridian(line: Position[]): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  for (const p of line) {
    const last = current[current.length - 1];
    if (last && crossesAntimeridian(last, p)) {
      if (current.length >= 2) parts.push(current);
      current = [];
    }
    current.push(p);
  }
  if (current.length >= 2) parts.push(current);
  return parts;
}

/** Back into -180…180 after unwrapping, for points such as labels. */
export function wrapLongitude(lon: number): number {
  return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
}

// What the officer drew, in the engine's terms. Rectangles and circles are sent as what they
// are (the engine builds their polygons geodesically), polygons as their rings.
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import type { DrawnShape } from '../../../shared/areas';

export type DrawMode = 'polygon' | 'rectangle' | 'circle';

function ringBounds(ring: Position[]): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon = 0, lat = 0] of ring) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latFromMercatorY = (y: number): number => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/**
 * The centre of a drawn circle. terra-draw draws circles round on screen (web mercator), so
 * the centre is the middle of their bounds in mercator, not in degrees.
 */
export function circleCentre(ring: Position[]): [number, number] {
  const [west, south, east, north] = ringBounds(ring);
  return [(west + east) / 2, latFromMercatorY((mercatorY(south) + mercatorY(north)) / 2)];
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** null when the feature is not a finished polygon (a stray click, a line). */
export function toDrawnShape(feature: Feature<Geometry, Record<string, unknown>>): DrawnShape | null {
  if (feature.geometry.type !== 'Polygon') return null;
  const rings = (feature.geometry as Polygon).coordinates.map((r) =>
    r.map(([lon = 0, lat = 0]) => [round(lon), round(lat)] as [number, number]),
  );
  const outer = rings[0];
  if (!outer || outer.length < 4) return null;
  const mode = feature.properties.mode;
  if (mode === 'rectangle') {
    const [west, south, east, north] = ringBounds(outer);
    return { kind: 'rectangle', west, south, east, north };
  }
  const radiusKm = feature.properties.radiusKilometers;
  if (mode === 'circle' && typeof radiusKm === 'number' && radiusKm > 0) {
    const [lon, lat] = circleCentre(outer);
    return { kind: 'circle', center: [round(lon), round(lat)], radiusKm: Math.round(radiusKm * 1000) / 1000 };
  }
  return { kind: 'polygon', rings };
}

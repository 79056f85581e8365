// The part of the world on screen, as the engine's queries take it: a [west, south, east, north]
// within ±180/±90. maplibre reports longitudes beyond ±180 when world copies show.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from '../../../shared/areas';

export function clampBBox(west: number, south: number, east: number, north: number): BBox {
  const clampLat = (v: number): number => Math.max(-90, Math.min(90, v));
  // Wider than the world, or wrapped across the antimeridian: ask for every longitude rather
  // than miss people on the far side (the engine's grid keeps the answer small either way).
  if (east - west >= 360 || west < -180 || east > 180) return [-180, clampLat(south), 180, clampLat(north)];
  return [west, clampLat(south), east, clampLat(north)];
}

export function viewBBox(map: MapLibreMap): BBox {
  const b = map.getBounds();
  return clampBBox(b.getWest(), b.getSouth(), b.getEast(), b.getNorth());
}

/** "1,234" below ten thousand, "12k", "1.2M" above: cluster bubbles are small. */
export function compactCount(n: number): string {
  if (n < 10_000) return n.toLocaleString('en');
  // 999,999 rounds to 1000k: from there on it is millions.
  if (n < 999_500) return `${Math.round(n / 1000)}k`;
  return `${(n / 1_000_000).toFixed(n < 10_000_000 ? 1 : 0)}M`;
}

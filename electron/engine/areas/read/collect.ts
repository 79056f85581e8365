// Pulls the polygons out of parsed GeoJSON, whatever wraps them (FeatureCollection, Feature,
// GeometryCollection, bare geometry), and counts what was left out so the officer is told.
import type { PolygonRings } from '../geometry/rings';

export interface AreaFeature {
  /** The feature's own name when it has one (properties.name / title / eventname…). */
  name: string | null;
  polygons: PolygonRings[];
}

export interface Collected {
  features: AreaFeature[];
  ignored: Map<string, number>;
}

const NAME_KEYS = ['name', 'Name', 'NAME', 'title', 'eventname', 'label', 'id'];

export function collectPolygons(root: unknown): Collected {
  const collected: Collected = { features: [], ignored: new Map() };
  const ignore = (kind: string) => collected.ignored.set(kind, (collected.ignored.get(kind) ?? 0) + 1);
  const visitGeometry = (geometry: unknown, into: PolygonRings[]) => {
    if (!isObject(geometry)) return;
    switch (geometry.type) {
      case 'Polygon':
        if (Array.isArray(geometry.coordinates)) into.push(geometry.coordinates as PolygonRings);
        return;
      case 'MultiPolygon':
        // A loop, not push(...): a MultiPolygon of 100,000 islands would overflow the call stack.
        for (const polygon of arrayOf(geometry.coordinates)) into.push(polygon as PolygonRings);
        return;
      case 'GeometryCollection':
        for (const g of arrayOf(geometry.geometries)) visitGeometry(g, into);
        return;
      default:
        ignore(typeof geometry.type === 'string' ? geometry.type : 'unknown geometry');
    }
  };
  const visitFeature = (feature: unknown) => {
    if (!isObject(feature)) return;
    const name = nameOf(feature.properties);
    const polygons: PolygonRings[] = [];
    visitGeometry(feature.geometry, polygons);
    if (polygons.length > 0) collected.features.push({ name, polygons });
  };

  if (!isObject(root)) return collected;
  if (root.type === 'FeatureCollection') for (const f of arrayOf(root.features)) visitFeature(f);
  else if (root.type === 'Feature') visitFeature(root);
  else {
    const polygons: PolygonRings[] = [];
    visitGeometry(root, polygons);
    if (polygons.length > 0) collected.features.push({ name: null, polygons });
  }
  return collected;
}

/** E.g. "Ignored 3 Point, 1 LineString geometries: only polygons make areas." */
export function ignoredNote(ignored: Map<string, number>): string[] {
  if (ignored.size === 0) return [];
  const total = [...ignored.values()].reduce((a, b) => a + b, 0);
  const parts = [...ignored].map(([kind, n]) => `${n} ${kind}`).join(', ');
  return [`Ignored ${parts} ${total === 1 ? 'geometry' : 'geometries'}: only polygons make areas.`];
}

function nameOf(properties: unknown): string | null {
  if (!isObject(properties)) return null;
  for (const key of NAME_KEYS) {
    const value = properties[key];
    if ((typeof value === 'string' && value.trim()) || typeof value === 'number') {
      return String(value).trim().slice(0, 120);
    }
  }
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

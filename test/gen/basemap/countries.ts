// Natural Earth admin-0 countries (world-atlas, 1:50m) as the basemap's GeoJSON layers.
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { labelPoint, roundPolygon, roundRing, splitAtAntimeridian, unwrapRing } from './geometry';

/** About 1.1 km at the equator: still finer than a 1:50m source (1 mm on paper = 50 km). */
export const DECIMALS = 2;

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;
export type BoundaryFeature = Feature<MultiLineString, { kind: 'border' | 'coast' }>;
export type CountryLabel = Feature<Point, { kind: 'country'; name: string; minzoom: number }>;

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function roundGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons
    .map((p) => roundPolygon(p.map(unwrapRing), DECIMALS))
    .filter((p): p is Position[][] => p !== null);
  if (kept.length === 0) return null;
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0]! }
    : { type: 'MultiPolygon', coordinates: kept };
}

export function countryFeatures(topology: CountriesTopology): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon | null,
    { name: string }
  >;
  const out: CountryFeature[] = [];
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const geometry = roundGeometry(f.geometry);
    if (geometry) out.push({ type: 'Feature', properties: { name: f.properties.name }, geometry });
  }
  return out.sort((a, b) => (a.properties.name < b.properties.name ? -1 : 1));
}

/**
 * Shared borders and coastlines as lines drawn once each: outlining every country polygon
 * would draw each border twice and make coasts look like borders.
 */
export function boundaryFeatures(topology: CountriesTopology): BoundaryFeature[] {
  const countries = topology.objects.countries;
  const lines = (kind: 'border' | 'coast'): BoundaryFeature => {
    const m = mesh(topology, countries, (a, b) => (kind === 'border' ? a !== b : a === b));
    const coordinates = m.coordinates
      .flatMap(splitAtAntimeridian)
      .map((line) => roundRing(line, DECIMALS))
      .filter((l) => l.length >= 2);
    return { type: 'Feature', properties: { kind }, geometry: { type: 'MultiLineString', coordinates } };
  };
  return [lines('border'), lines('coast')];
}

/** The biggest countries are named from the world view, small ones once the map is closer. */
export function countryMinZoom(sizeRank: number): number {
  return sizeRank < 40 ? 0 : sizeRank < 110 ? 2 : sizeRank < 170 ? 3 : 4;
}

/** One label point per country, biggest first: where labels collide, the map keeps the earlier one. */
export function countryLabels(countries: CountryFeature[]): CountryLabel[] {
  const measured = countries.map((c) => ({ name: c.properties.name, ...labelPoint(c.geometry) }));
  measured.sort((a, b) => b.area - a.area || (a.name < b.name ? -1 : 1));
  return measured.map((m, rank) => ({
    type: 'Feature',
    properties: { kind: 'country', name: m.name, minzoom: countryMinZoom(rank) },
    geometry: { type: 'Point', coordinates: m.point },
  }));
}

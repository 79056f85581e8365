// Things drawn on top of the areas: the radius of the last "near" search and the assembly
// points (HTML markers with their names, as the basemap has no font glyphs).
import circle from '@turf/circle';
import type { FeatureCollection } from 'geojson';
import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import type { AssemblyPoint } from '../../../shared/areas';
import { ASSEMBLY_COLOUR } from './mapColours';

export const NEAR_SOURCE = 'near';

const KIND_LETTER: Record<AssemblyPoint['kind'], string> = {
  airport: '✈',
  embassy: 'E',
  school: 'S',
  port: 'P',
  other: '•',
};

export function nearCircle(centre: { lon: number; lat: number; km: number } | null): FeatureCollection {
  if (!centre || centre.km <= 0) return { type: 'FeatureCollection', features: [] };
  return {
    type: 'FeatureCollection',
    features: [circle([centre.lon, centre.lat], centre.km, { units: 'kilometers', steps: 96 })],
  };
}

export function showNearCircle(
  map: MapLibreMap,
  centre: { lon: number; lat: number; km: number } | null,
): void {
  const data = nearCircle(centre);
  const source = map.getSource(NEAR_SOURCE) as GeoJSONSource | undefined;
  if (source) {
    source.setData(data);
    return;
  }
  map.addSource(NEAR_SOURCE, { type: 'geojson', data });
  map.addLayer({
    id: 'near-line',
    type: 'line',
    source: NEAR_SOURCE,
    paint: { 'line-color': ASSEMBLY_COLOUR, 'line-width': 2, 'line-dasharray': [2, 2] },
  });
}

export function assemblyMarkers(map: MapLibreMap, points: readonly AssemblyPoint[]): Marker[] {
  return points.map((p) => {
    const element = document.createElement('div');
    element.className = 'map-assembly';
    const badge = document.createElement('span');
    badge.className = 'map-assembly-badge';
    badge.textContent = KIND_LETTER[p.kind];
    const name = document.createElement('span');
    name.className = 'map-assembly-name';
    name.textContent = p.name;
    name.dir = 'auto';
    element.append(badge, name);
    element.title = p.name;
    return new Marker({ element, anchor: 'left', offset: [-11, 0] }).setLngLat([p.lon, p.lat]).addTo(map);
  });
}

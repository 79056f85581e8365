// Crisis areas on the map: a tinted fill and an outline in the colour of their severity, the
// selected one stronger. Drawn under the people so clusters stay clickable.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AddLayerObject, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { CrisisArea } from '../../../shared/areas';
import { SEVERITY_COLOURS } from './mapColours';
import { CLUSTER_LAYER } from './peopleLayer';

export const AREA_SOURCE = 'areas';
export const AREA_FILL_LAYER = 'areas-fill';
export const AREA_LINE_LAYER = 'areas-line';

export interface AreaProps {
  id: number;
  colour: string;
  selected: boolean;
}

export function areaFeatures(
  areas: readonly CrisisArea[],
  selectedId: number | null,
): FeatureCollection<Polygon | MultiPolygon, AreaProps> {
  return {
    type: 'FeatureCollection',
    features: areas.map((a) => ({
      type: 'Feature',
      properties: { id: a.id, colour: SEVERITY_COLOURS[a.severity], selected: a.id === selectedId },
      geometry: a.geometry as Polygon | MultiPolygon,
    })),
  };
}

const AREA_LAYERS: AddLayerObject[] = [
  {
    id: AREA_FILL_LAYER,
    type: 'fill',
    source: AREA_SOURCE,
    paint: {
      'fill-color': ['get', 'colour'],
      'fill-opacity': ['case', ['get', 'selected'], 0.3, 0.14],
    },
  },
  {
    id: AREA_LINE_LAYER,
    type: 'line',
    source: AREA_SOURCE,
    paint: {
      'line-color': ['get', 'colour'],
      'line-width': ['case', ['get', 'selected'], 3, 1.5],
    },
  },
];

export function showAreas(map: MapLibreMap, areas: readonly CrisisArea[], selectedId: number | null): void {
  const data = areaFeatures(areas, selectedId);
  const source = map.getSource(AREA_SOURCE) as GeoJSONSource | undefined;
  if (source) {
    source.setData(data);
    return;
  }
  map.addSource(AREA_SOURCE, { type: 'geojson', data });
  const below = map.getLayer(CLUSTER_LAYER) ? CLUSTER_LAYER : undefined;
  for (const layer of AREA_LAYERS) map.addLayer(layer, below);
}

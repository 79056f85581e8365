// One place decides what a click on the map means: while picking (a "near" point, an assembly
// point) it is a position; while drawing it belongs to terra-draw; otherwise it selects the
// person, cluster or area under the pointer, in that order.
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useEffectEvent } from 'react';
import type { BBox } from '../../../shared/areas';
import { AREA_FILL_LAYER } from './areasLayer';
import { CLUSTER_LAYER, POINT_LAYER } from './peopleLayer';

export type MapClick =
  | { kind: 'position'; lon: number; lat: number }
  | { kind: 'person'; id: number }
  | { kind: 'cluster'; cell: BBox; count: number }
  | { kind: 'area'; id: number }
  | { kind: 'nothing' };

/** Layers that may not exist yet (no people, no areas) are skipped, not queried. */
function present(map: MapLibreMap, layers: string[]): string[] {
  return layers.filter((id) => map.getLayer(id) !== undefined);
}

export function classifyClick(map: MapLibreMap, event: MapMouseEvent, picking: boolean): MapClick {
  if (picking) return { kind: 'position', lon: event.lngLat.lng, lat: event.lngLat.lat };
  const layers = present(map, [POINT_LAYER, CLUSTER_LAYER, AREA_FILL_LAYER]);
  if (layers.length === 0) return { kind: 'nothing' };
  const hits = map.queryRenderedFeatures(event.point, { layers });
  const pick = (layer: string) => hits.find((h) => h.layer.id === layer)?.properties;
  const point = pick(POINT_LAYER);
  if (point) return { kind: 'person', id: Number(point.id) };
  const cluster = pick(CLUSTER_LAYER);
  if (cluster) {
    return {
      kind: 'cluster',
      cell: [Number(cluster.west), Number(cluster.south), Number(cluster.east), Number(cluster.north)],
      count: Number(cluster.count),
    };
  }
  const area = pick(AREA_FILL_LAYER);
  if (area) return { kind: 'area', id: Number(area.id) };
  return { kind: 'nothing' };
}

export function useMapClicks(
  map: MapLibreMap | null,
  options: { picking: boolean; drawing: boolean },
  onClick: (click: MapClick) => void,
): void {
  const handle = useEffectEvent((event: MapMouseEvent) => {
    if (!map || options.drawing) return;
    onClick(classifyClick(map, event, options.picking));
  });
  useEffect(() => {
    if (!map) return undefined;
    const listener = (event: MapMouseEvent): void => handle(event);
    map.on('click', listener);
    return () => {
      map.off('click', listener);
    };
  }, [map]);
}

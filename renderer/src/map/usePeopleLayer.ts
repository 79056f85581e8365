// Keeps the people layer in step with the view: after every move the engine clusters the
// people of the new view (map.points), and only the latest answer is drawn.
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { MapPointsResult } from '../../../shared/areas';
import { call } from '../api';
import { describeError } from '../errorMessages';
import { showPeople, type ColourBy } from './peopleLayer';
import { compactCount, viewBBox } from './viewBBox';

export interface PeopleLayerState {
  result: MapPointsResult | null;
  error: string | null;
}

/** Count labels beyond this many would cost more than they tell. */
export const MAX_COUNT_LABELS = 400;

function countMarkers(map: MapLibreMap, result: MapPointsResult): Marker[] {
  return result.clusters
    .filter((c) => c.count > 1)
    .slice(0, MAX_COUNT_LABELS)
    .map((c) => {
      const element = document.createElement('div');
      element.className = 'map-count';
      element.textContent = compactCount(c.count);
      return new Marker({ element }).setLngLat([c.lon, c.lat]).addTo(map);
    });
}

/**
 * @param version bump it when people's status may have changed (an area drawn or deleted).
 */
export function usePeopleLayer(
  map: MapLibreMap | null,
  colourBy: ColourBy,
  version: number,
): PeopleLayerState {
  const [state, setState] = useState<PeopleLayerState>({ result: null, error: null });

  useEffect(() => {
    if (!map) return undefined;
    let latest = 0;
    let markers: Marker[] = [];
    let alive = true;

    async function refresh(): Promise<void> {
      if (!map) return;
      const asked = ++latest;
      try {
        const result = await call('map.points', { bbox: viewBBox(map), zoom: map.getZoom(), colourBy });
        // A slower answer for an earlier view must not replace a newer one.
        if (!alive || asked !== latest) return;
        showPeople(map, result, colourBy);
        for (const m of markers) m.remove();
        markers = countMarkers(map, result);
        setState({ result, error: null });
      } catch (error) {
        if (alive && asked === latest) setState((s) => ({ result: s.result, error: describeError(error) }));
      }
    }

    void refresh();
    const onMoveEnd = (): void => void refresh();
    map.on('moveend', onMoveEnd);
    return () => {
      alive = false;
      map.off('moveend', onMoveEnd);
      for (const m of markers) m.remove();
    };
  }, [map, colourBy, version]);

  return state;
}

// Names on the map as HTML labels (see labelPicking.ts for why not map text).
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { parseLabels, pickLabels, type LabelCandidate, type PlacedLabel } from './labelPicking';

function labelElement(label: PlacedLabel): HTMLElement {
  const element = document.createElement('div');
  element.className = `map-label map-label-${label.kind}`;
  element.textContent = label.name;
  element.dir = 'auto';
  return element;
}

export function useMapLabels(map: MapLibreMap | null, labelsUrl: string): void {
  useEffect(() => {
    if (!map) return undefined;
    let candidates: LabelCandidate[] = [];
    let markers: Marker[] = [];
    let cancelled = false;

    function place(): void {
      if (!map) return;
      const b = map.getBounds();
      const picked = pickLabels(candidates, {
        zoom: map.getZoom(),
        bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
        project: (lon, lat) => map.project([lon, lat]),
      });
      for (const m of markers) m.remove();
      markers = picked.map((label) => {
        const places = label.kind === 'capital' || label.kind === 'city';
        return new Marker({
          element: labelElement(label),
          anchor: places ? 'left' : 'center',
          offset: places ? [5, 0] : [0, 0],
        })
          .setLngLat([label.lon, label.lat])
          .addTo(map);
      });
    }

    // The same file the basemap layer reads: the browser serves it from the app again.
    fetch(labelsUrl)
      .then((response) => (response.ok ? response.json() : null))
      .then((json: unknown) => {
        if (cancelled) return;
        candidates = parseLabels(json);
        place();
      })
      // Without names the map is still a map: nothing to tell the officer.
      .catch(() => undefined);
    map.on('moveend', place);
    return () => {
      cancelled = true;
      map.off('moveend', place);
      for (const m of markers) m.remove();
    };
  }, [map, labelsUrl]);
}

// The map canvas: maplibre on the bundled basemap, handed to the parent once created. Everything
// it loads comes from the app itself (see basemapStyle.ts and the CSP in electron/main/csp.ts).
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { BASEMAP_URLS } from './basemapAssets';
import { basemapStyle } from './basemapStyle';
import { prepareMaplibre } from './maplibreRuntime';
import { useMapLabels } from './useMapLabels';

export interface MapViewProps {
  /** Called with the map once its style is loaded, and with null when it goes away. */
  onMap(map: MapLibreMap | null): void;
  /** The map from the parent's state, so labels follow the same instance. */
  map: MapLibreMap | null;
  /** West, south, east, north to show first. */
  initialBounds?: [number, number, number, number];
}

export const ATTRIBUTION = 'Natural Earth (public domain) · GeoNames (CC BY 4.0)';
const WORLD: [number, number, number, number] = [-170, -58, 190, 75];

export function MapView({ onMap, map, initialBounds }: MapViewProps): React.JSX.Element {
  const container = useRef<HTMLDivElement>(null);
  const announce = useEffectEvent(onMap);
  const [unavailable, setUnavailable] = useState(false);
  const failed = useEffectEvent(() => setUnavailable(true));
  // Only the first bounds matter: later changes must not recreate the map.
  const firstBounds = useRef(initialBounds ?? WORLD);

  useEffect(() => {
    if (!container.current) return undefined;
    prepareMaplibre();
    let instance: MapLibreMap;
    try {
      instance = new MapLibreMap({
        container: container.current,
        style: basemapStyle(BASEMAP_URLS),
        bounds: firstBounds.current,
        attributionControl: false,
        renderWorldCopies: true,
        // Keyboard focus on the canvas lets arrows pan and +/- zoom.
        keyboard: true,
      });
    } catch {
      // No WebGL2 (an old or locked-down computer): the panels still work without the map.
      // Said from a callback, as maplibre would report any other failure.
      let current = true;
      void Promise.resolve().then(() => current && failed());
      return () => {
        current = false;
      };
    }
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    instance.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    instance.addControl(
      new AttributionControl({ compact: true, customAttribution: ATTRIBUTION }),
      'bottom-right',
    );
    let alive = true;
    instance.once('load', () => {
      if (alive) announce(instance);
    });
    return () => {
      alive = false;
      announce(null);
      instance.remove();
    };
  }, []);

  useMapLabels(map, BASEMAP_URLS.labels);

  return (
    <div ref={container} className="map-canvas" role="region" aria-label="Map" data-testid="map-canvas">
      {unavailable ? (
        <div className="map-unavailable" role="alert">
          <p>This computer cannot draw the map: its graphics do not offer WebGL2.</p>
          <p className="muted">
            Crisis areas, “near” searches, assembly points and the unplaced list still work from the panel.
          </p>
        </div>
      ) : null}
    </div>
  );
}

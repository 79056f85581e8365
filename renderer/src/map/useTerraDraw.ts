// terra-draw on the map for drawing new areas and editing an area's outline. The hook owns the
// TerraDraw instance; the screen only says which tool is active and hears about finished shapes.
import type { Feature, Geometry, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import {
  TerraDraw,
  TerraDrawCircleMode,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { DrawMode } from './drawnShape';

export type DrawTool = DrawMode | 'select' | null;

const EDITABLE = {
  feature: {
    draggable: true,
    coordinates: { draggable: true, midpoints: true, deletable: true },
  },
};

export interface TerraDrawControls {
  /** Puts a polygon on the drawing layer, selected for editing; returns its id. */
  editPolygon(geometry: Polygon): string | number | null;
  /** The current geometry of a feature on the drawing layer. */
  geometryOf(id: string | number): Geometry | null;
  clear(): void;
}

export function useTerraDraw(
  map: MapLibreMap | null,
  tool: DrawTool,
  /**
   * A shape was drawn (`edited` false) or one on the drawing layer was reshaped (`edited` true).
   * Returning false drops it from the drawing layer.
   */
  onFinish: (
    id: string | number,
    feature: Feature<Geometry, Record<string, unknown>>,
    edited: boolean,
  ) => boolean | void,
): TerraDrawControls {
  const drawRef = useRef<TerraDraw | null>(null);
  const finished = useEffectEvent(onFinish);

  useEffect(() => {
    if (!map) return undefined;
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [
        new TerraDrawPolygonMode(),
        new TerraDrawRectangleMode(),
        new TerraDrawCircleMode(),
        new TerraDrawSelectMode({ flags: { polygon: EDITABLE } }),
      ],
    });
    draw.start();
    draw.on('finish', (id, context) => {
      const feature = draw.getSnapshotFeature(id);
      if (!feature) return;
      const edited = context.action !== 'draw';
      const keep = finished(id, feature as Feature<Geometry, Record<string, unknown>>, edited);
      if (keep === false) draw.removeFeatures([id]);
    });
    drawRef.current = draw;
    return () => {
      drawRef.current = null;
      draw.stop();
    };
  }, [map]);

  useEffect(() => {
    const draw = drawRef.current;
    if (!draw || !map) return;
    draw.setMode(tool ?? 'static');
  }, [map, tool]);

  // Stable across renders: it only reaches the instance through the ref.
  return useMemo<TerraDrawControls>(
    () => ({
      editPolygon(geometry) {
        const draw = drawRef.current;
        if (!draw) return null;
        draw.clear();
        const feature: GeoJSONStoreFeatures = {
          type: 'Feature',
          geometry,
          properties: { mode: 'polygon' },
        } as GeoJSONStoreFeatures;
        const [validation] = draw.addFeatures([feature]);
        if (!validation?.valid || validation.id === undefined) return null;
        draw.setMode('select');
        draw.selectFeature(validation.id);
        return validation.id;
      },
      geometryOf(id) {
        return drawRef.current?.getSnapshotFeature(id)?.geometry ?? null;
      },
      clear() {
        drawRef.current?.clear();
      },
    }),
    [],
  );
}

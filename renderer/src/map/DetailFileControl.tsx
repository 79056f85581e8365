// Optional street-level detail: the officer picks a .pmtiles file on their disk; it is drawn
// above the land and below borders, areas and people.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useId, useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { DETAIL_SOURCE_ID, DetailFileError, openDetailFile, type DetailOverlay } from './pmtilesDetail';

const BELOW_LAYER = 'basemap-coast';

function removeDetail(map: MapLibreMap, overlay: DetailOverlay): void {
  for (const layer of overlay.layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  if (map.getSource(DETAIL_SOURCE_ID)) map.removeSource(DETAIL_SOURCE_ID);
}

export function DetailFileControl({ map }: { map: MapLibreMap | null }): React.JSX.Element {
  const inputId = useId();
  const [overlay, setOverlay] = useState<DetailOverlay | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function open(file: File): Promise<void> {
    if (!map) return;
    setError(null);
    try {
      const next = await openDetailFile(file);
      if (overlay) removeDetail(map, overlay);
      map.addSource(DETAIL_SOURCE_ID, next.source);
      for (const layer of next.layers) map.addLayer(layer, BELOW_LAYER);
      map.fitBounds(
        [
          [next.bounds[0], next.bounds[1]],
          [next.bounds[2], next.bounds[3]],
        ],
        { padding: 20, maxZoom: 14 },
      );
      setOverlay(next);
    } catch (e) {
      setError(e instanceof DetailFileError ? e.message : 'This file could not be read as a map archive.');
    }
  }

  return (
    <div className="map-detail-control">
      <input
        id={inputId}
        type="file"
        accept=".pmtiles"
        className="visually-hidden"
        disabled={!map}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void open(file);
          // The same file may be chosen again after removing it.
          e.target.value = '';
        }}
      />
      {/* The label follows the input so that the input’s keyboard focus can show on it (map.css). */}
      <label htmlFor={inputId} className="button button-small">
        {overlay ? 'Other detail file…' : 'Street detail (.pmtiles)…'}
      </label>
      {overlay ? (
        <>
          <span className="muted" dir="auto">
            {overlay.name}
          </span>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              if (map) removeDetail(map, overlay);
              setOverlay(null);
            }}
          >
            Remove
          </button>
        </>
      ) : null}
      <ErrorAlert message={error} />
    </div>
  );
}

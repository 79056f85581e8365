// The map style of the offline basemap. It has no `glyphs` and no `sprite`: either would make
// maplibre fetch fonts or icons from a server. Names are drawn as HTML labels (mapLabels.ts).
import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapUrls } from './basemapAssets';

export const BASEMAP_COLOURS = {
  sea: '#d7e3ec',
  land: '#f6f4ee',
  coast: '#8ea8bd',
  border: '#a59e93',
  place: '#4a5868',
  capital: '#13243d',
} as const;

/** Ids of the basemap's own layers; app layers (people, areas) go above the last one. */
export const BASEMAP_TOP_LAYER = 'basemap-places';

export function basemapStyle(urls: BasemapUrls): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: urls.countries, tolerance: 0.5 },
      boundaries: { type: 'geojson', data: urls.boundaries, tolerance: 0.5 },
      labels: { type: 'geojson', data: urls.labels },
    },
    layers: [
      { id: 'basemap-sea', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.sea } },
      {
        id: 'basemap-land',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': BASEMAP_COLOURS.land },
      },
      {
        id: 'basemap-coast',
        type: 'line',
        source: 'boundaries',
        filter: ['==', ['get', 'kind'], 'coast'],
        paint: { 'line-color': BASEMAP_COLOURS.coast, 'line-width': 0.8 },
      },
      {
        id: 'basemap-borders',
        type: 'line',
        source: 'boundaries',
        filter: ['==', ['get', 'kind'], 'border'],
        paint: {
          'line-color': BASEMAP_COLOURS.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 6, 1.4],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: BASEMAP_TOP_LAYER,
        type: 'circle',
        source: 'labels',
        // A place's dot appears with its name; admin areas and countries are names only.
        filter: [
          'all',
          ['any', ['==', ['get', 'kind'], 'capital'], ['==', ['get', 'kind'], 'city']],
          ['<=', ['get', 'minzoom'], ['zoom']],
        ],
        paint: {
          'circle-radius': ['match', ['get', 'kind'], 'capital', 3.5, 2.5],
          'circle-color': [
            'match',
            ['get', 'kind'],
            'capital',
            BASEMAP_COLOURS.capital,
            BASEMAP_COLOURS.place,
          ],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1,
        },
      },
    ],
  };
}

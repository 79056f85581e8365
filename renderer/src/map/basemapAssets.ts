/// <reference types="vite/client" />
// The bundled world basemap (built by test/gen/build-basemap.ts). Imported with ?url so the
// build copies the files next to the app and the map fetches them from the app itself.
import boundariesUrl from '../../../resources/basemap/boundaries.json?url';
import countriesUrl from '../../../resources/basemap/countries.json?url';
import labelsUrl from '../../../resources/basemap/labels.json?url';

export interface BasemapUrls {
  countries: string;
  boundaries: string;
  labels: string;
}

export const BASEMAP_URLS: BasemapUrls = {
  countries: countriesUrl,
  boundaries: boundariesUrl,
  labels: labelsUrl,
};

/// <reference types="vite/client" />
// maplibre-gl's one-time set-up. Its worker ships as a separate file of the app (imported with
// ?url): without an explicit worker URL maplibre looks for it elsewhere and the map fails.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

let ready = false;

export function prepareMaplibre(): void {
  if (ready) return;
  setWorkerUrl(workerUrl);
  ready = true;
}

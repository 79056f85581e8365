// Street-level detail from a PMTiles file the officer picks on their own disk. The archive is
// read through the browser's File API behind maplibre's `pmtiles://` protocol: no server, no
// network. Vector archives follow no fixed schema, so every layer gets a plain generic style.
import type { AddLayerObject, SourceSpecification } from 'maplibre-gl';
import { addProtocol } from 'maplibre-gl';
import { FileSource, PMTiles, Protocol, TileType } from 'pmtiles';

export const DETAIL_SOURCE_ID = 'detail';
/** At most this many vector layers are styled: enough for any basemap schema, and bounded. */
export const MAX_DETAIL_LAYERS = 40;

export interface DetailOverlay {
  /** The file's name, to show; never sent anywhere. */
  name: string;
  source: SourceSpecification;
  layers: AddLayerObject[];
  /** West, south, east, north the archive covers, to fly to. */
  bounds: [number, number, number, number];
}

export class DetailFileError extends Error {
  override name = 'DetailFileError';
}

const RASTER_TILES = new Set([TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif]);

let protocol: Protocol | null = null;

function pmtilesProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

function vectorLayerIds(metadata: unknown): string[] {
  const layers = (metadata as { vector_layers?: unknown } | null)?.vector_layers;
  if (!Array.isArray(layers)) return [];
  return layers
    .map((l) => (l as { id?: unknown }).id)
    .filter((id): id is string => typeof id === 'string')
    .slice(0, MAX_DETAIL_LAYERS);
}

/** Generic styling for a layer whose meaning is unknown: areas, lines and points by geometry. */
export function vectorDetailLayers(layerIds: readonly string[]): AddLayerObject[] {
  return layerIds.flatMap((id): AddLayerObject[] => [
    {
      id: `detail-${id}-fill`,
      type: 'fill',
      source: DETAIL_SOURCE_ID,
      'source-layer': id,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': '#e7e3da', 'fill-opacity': 0.6, 'fill-outline-color': '#cfc8ba' },
    },
    {
      id: `detail-${id}-line`,
      type: 'line',
      source: DETAIL_SOURCE_ID,
      'source-layer': id,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: {
        'line-color': '#b9b2a5',
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.5, 16, 2.5],
      },
    },
    {
      id: `detail-${id}-point`,
      type: 'circle',
      source: DETAIL_SOURCE_ID,
      'source-layer': id,
      minzoom: 13,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 1.5, 'circle-color': '#8d8676' },
    },
  ]);
}

export async function openDetailFile(file: File): Promise<DetailOverlay> {
  const archive = new PMTiles(new FileSource(file));
  let header;
  try {
    header = await archive.getHeader();
  } catch {
    throw new DetailFileError('This file is not a PMTiles map archive. Choose a .pmtiles file.');
  }
  pmtilesProtocol().add(archive);
  const url = `pmtiles://${archive.source.getKey()}`;
  const bounds: DetailOverlay['bounds'] = [header.minLon, header.minLat, header.maxLon, header.maxLat];
  if (RASTER_TILES.has(header.tileType)) {
    return {
      name: file.name,
      bounds,
      source: { type: 'raster', url, tileSize: 256 },
      layers: [{ id: 'detail-raster', type: 'raster', source: DETAIL_SOURCE_ID }],
    };
  }
  if (header.tileType !== TileType.Mvt) {
    throw new DetailFileError(
      'This PMTiles archive holds a kind of tiles Muster cannot draw (only images or vector MVT).',
    );
  }
  const ids = vectorLayerIds(await archive.getMetadata().catch(() => null));
  if (ids.length === 0) {
    throw new DetailFileError('This PMTiles archive lists no vector layers, so there is nothing to draw.');
  }
  return { name: file.name, bounds, source: { type: 'vector', url }, layers: vectorDetailLayers(ids) };
}

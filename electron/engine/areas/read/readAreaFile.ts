// Reads a crisis area file as published by GDACS, USGS ShakeMap, UNOSAT or Copernicus EMS: GeoJSON,
// KML, KMZ or a zipped Shapefile. Nothing is ever fetched: KML network links are counted and
// reported, never followed. Runs in the engine worker, so a big file costs time, not a frozen window.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import shp from 'shpjs';
import type { AreaFileFormat } from '../../../../shared/areas';
import { MusterError } from '../../../../shared/errors';
import { collectPolygons, ignoredNote, type AreaFeature } from './collect';
import { zipEntries } from './zipEntries';

/** JSON.parse holds the whole text and its objects in memory at once: a few times the file size. */
export const MAX_AREA_FILE_BYTES = 100 * 1024 * 1024;

export interface AreaFileContent {
  format: Exclude<AreaFileFormat, 'auto'>;
  features: AreaFeature[];
  notes: string[];
}

export async function readAreaFile(path: string, format: AreaFileFormat): Promise<AreaFileContent> {
  const size = fileSize(path);
  if (size > MAX_AREA_FILE_BYTES) {
    throw new MusterError(
      'INVALID_INPUT',
      `This file is ${Math.round(size / 1024 / 1024)} MB; Muster reads area files up to ${MAX_AREA_FILE_BYTES / 1024 / 1024} MB. ` +
        'Simplify it (e.g. with mapshaper) or keep only the areas you need.',
    );
  }
  const bytes = readFileSync(path);
  const actual = format === 'auto' ? detectFormat(path, bytes) : format;
  const content = await readAs(actual, bytes);
  if (content.features.length === 0) {
    const why = content.notes.length > 0 ? ` ${content.notes.join(' ')}` : '';
    throw new MusterError('INVALID_INPUT', `This file holds no polygon to make an area from.${why}`);
  }
  return { format: actual, ...content };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    throw new MusterError('NOT_FOUND', 'The area file could not be opened: check that it exists.');
  }
}

function detectFormat(path: string, bytes: Buffer): Exclude<AreaFileFormat, 'auto'> {
  const ext = extname(path).toLowerCase();
  const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (isZip) {
    const names = zipEntries(bytes).map((e) => e.name.toLowerCase());
    if (names.some((n) => n.endsWith('.shp'))) return 'shapefile';
    if (names.some((n) => n.endsWith('.kml'))) return 'kmz';
    throw new MusterError('INVALID_INPUT', 'This archive holds neither a Shapefile (.shp) nor a KML.');
  }
  if (ext === '.kml') return 'kml';
  const head = bytes.subarray(0, 512).toString('utf8').trimStart();
  if (head.startsWith('<')) return 'kml';
  if (head.startsWith('{')) return 'geojson';
  throw new MusterError(
    'INVALID_INPUT',
    'Muster reads GeoJSON, KML, KMZ and zipped Shapefiles; this is none of them.',
  );
}

async function readAs(
  format: Exclude<AreaFileFormat, 'auto'>,
  bytes: Buffer,
): Promise<{ features: AreaFeature[]; notes: string[] }> {
  switch (format) {
    case 'geojson':
      return fromGeoJson(parseJson(bytes));
    case 'kml':
      return fromKml(bytes.toString('utf8'));
    case 'kmz':
      return fromKml(kmlOfKmz(bytes));
    case 'shapefile':
      return fromShapefile(bytes);
  }
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new MusterError('INVALID_INPUT', 'This GeoJSON file is not valid JSON.');
  }
}

function fromGeoJson(root: unknown): { features: AreaFeature[]; notes: string[] } {
  const { features, ignored } = collectPolygons(root);
  return { features, notes: [...crsNote(root), ...ignoredNote(ignored)] };
}

// RFC 7946 dropped `crs`, but older exports still name one; degrees are checked during repair anyway.
function crsNote(root: unknown): string[] {
  const crs = (root as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties?.name;
  if (typeof crs !== 'string' || /CRS84|4326/.test(crs)) return [];
  return [
    `The file names the coordinate system "${crs.slice(0, 60)}"; its coordinates were read as WGS84 degrees.`,
  ];
}

function fromKml(text: string): { features: AreaFeature[]; notes: string[] } {
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    doc = new DOMParser({ onError: () => {} }).parseFromString(text, 'text/xml');
  } catch {
    throw new MusterError('INVALID_INPUT', 'This KML file is not valid XML.');
  }
  if (!doc.documentElement || doc.getElementsByTagName('kml').length === 0) {
    throw new MusterError('INVALID_INPUT', 'This file is not KML.');
  }
  const links = doc.getElementsByTagName('NetworkLink').length;
  const { features, ignored } = collectPolygons(kml(doc as never));
  const notes = ignoredNote(ignored);
  if (links > 0) {
    notes.push(
      `Ignored ${links} network link${links === 1 ? '' : 's'}: Muster works offline and never fetches ` +
        'linked content. Download the linked file and import it instead.',
    );
  }
  return { features, notes };
}

function kmlOfKmz(bytes: Buffer): string {
  const entries = zipEntries(bytes).filter((e) => e.name.toLowerCase().endsWith('.kml'));
  // By convention the main document is doc.kml, else the first KML at the root.
  const main = entries.find((e) => e.name.toLowerCase() === 'doc.kml') ?? entries[0];
  if (!main) throw new MusterError('INVALID_INPUT', 'This KMZ holds no KML document.');
  return main.read().toString('utf8');
}

async function fromShapefile(bytes: Buffer): Promise<{ features: AreaFeature[]; notes: string[] }> {
  let parsed: Awaited<ReturnType<typeof shp>>;
  try {
    parsed = await shp(bytes);
  } catch (e) {
    throw new MusterError(
      'INVALID_INPUT',
      'This zipped Shapefile could not be read (a .shp, .shx and .dbf are needed).',
      {
        cause: e,
      },
    );
  }
  const layers = Array.isArray(parsed) ? parsed : [parsed];
  const features: AreaFeature[] = [];
  const ignored = new Map<string, number>();
  for (const layer of layers) {
    const collected = collectPolygons(layer);
    features.push(...collected.features);
    for (const [kind, n] of collected.ignored) ignored.set(kind, (ignored.get(kind) ?? 0) + n);
  }
  const hasPrj = zipEntries(bytes).some((e) => e.name.toLowerCase().endsWith('.prj'));
  if (!hasPrj && features.some((f) => !inDegrees(f))) {
    throw new MusterError(
      'INVALID_INPUT',
      'This Shapefile has projected coordinates without a .prj, so Muster cannot tell where it lies. ' +
        'Zip it again with its .prj file, or export it as WGS84.',
    );
  }
  return { features, notes: ignoredNote(ignored) };
}

function inDegrees(feature: AreaFeature): boolean {
  return feature.polygons.every((polygon) =>
    polygon.every((ring) => ring.every(([x, y]) => Math.abs(x!) <= 180 && Math.abs(y!) <= 90)),
  );
}

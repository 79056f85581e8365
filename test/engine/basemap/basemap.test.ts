// The committed offline basemap (resources/basemap): small, well-formed, and exactly what the
// builder makes from the installed packages, so it can always be rebuilt and checked.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { labelPoint, roundPolygon, splitAtAntimeridian, unwrapRing } from '../../gen/basemap/geometry';
import { placeMinZoom } from '../../gen/basemap/places';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIR = join(ROOT, 'resources/basemap');
const FILES = ['countries.json', 'boundaries.json', 'labels.json'];

function read(name: string): FeatureCollection<Geometry, Record<string, unknown>> {
  return JSON.parse(readFileSync(join(DIR, name), 'utf8'));
}

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      return [];
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'muster-basemap-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the bundled basemap', () => {
  it('stays a few megabytes', () => {
    const total = FILES.reduce((sum, f) => sum + statSync(join(DIR, f)).size, 0);
    expect(total).toBeLessThan(5 * 1024 * 1024);
  });

  it('has every Natural Earth country with a name, borders and coasts, in degree ranges', () => {
    const countries = read('countries.json').features;
    expect(countries.length).toBeGreaterThan(230);
    expect(countries.map((c) => c.properties.name)).toEqual(
      expect.arrayContaining(['Lebanon', 'France', 'Fiji']),
    );
    const boundaries = read('boundaries.json').features.map((f) => f.properties.kind);
    expect(boundaries).toEqual(['border', 'coast']);
    for (const name of FILES) {
      for (const f of read(name).features) {
        for (const [lon = NaN, lat = NaN] of positions(f.geometry)) {
          // Shapes across the antimeridian continue east of 180° rather than jump (see unwrapRing).
          const inRange = lon >= -180 && lon <= (name === 'labels.json' ? 180 : 360) && Math.abs(lat) <= 90;
          expect(inRange, `${name}: ${lon},${lat}`).toBe(true);
        }
      }
    }
  });

  it('draws no edge across the whole map, except round the South Pole', () => {
    const jumps: string[] = [];
    for (const name of ['countries.json', 'boundaries.json']) {
      for (const f of read(name).features) {
        const g = f.geometry;
        const lines =
          g.type === 'Polygon'
            ? g.coordinates
            : g.type === 'MultiPolygon'
              ? g.coordinates.flat()
              : g.type === 'MultiLineString'
                ? g.coordinates
                : [];
        for (const line of lines) {
          for (let i = 1; i < line.length; i++) {
            if (Math.abs(line[i]![0]! - line[i - 1]![0]!) > 180)
              jumps.push(String(f.properties.name ?? f.properties.kind));
          }
        }
      }
    }
    expect([...new Set(jumps)]).toEqual(['Antarctica']);
    const russia = read('labels.json').features.find((f) => f.properties.name === 'Russia');
    expect(russia?.geometry).toEqual({
      type: 'Point',
      coordinates: [expect.closeTo(99.7, 0), expect.closeTo(61.7, 0)],
    });
  });

  it('labels countries, capitals, big cities and admin-1 areas, each due from a zoom', () => {
    const labels = read('labels.json').features.map((f) => f.properties);
    const kinds = new Set(labels.map((l) => l.kind));
    expect([...kinds].sort()).toEqual(['admin1', 'capital', 'city', 'country']);
    expect(labels.find((l) => l.kind === 'capital' && l.name === 'Beirut')).toBeTruthy();
    expect(labels.find((l) => l.kind === 'admin1' && l.name === 'Mount Lebanon')).toBeTruthy();
    for (const l of labels) expect(typeof l.minzoom).toBe('number');
  });

  it('is exactly what the builder makes from the installed packages', () => {
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test/gen/build-basemap.ts'), '--out', scratch],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
    for (const name of FILES) {
      expect(readFileSync(join(scratch, name)).equals(readFileSync(join(DIR, name))), name).toBe(true);
    }
  });
});

describe('basemap builder helpers', () => {
  it('drops polygons whose outer ring collapses when rounded, and collapsed holes', () => {
    const tiny = [
      [10.0001, 10.0001],
      [10.0002, 10.0001],
      [10.0002, 10.0002],
      [10.0001, 10.0001],
    ];
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(roundPolygon([tiny], 2)).toBeNull();
    expect(roundPolygon([square, tiny], 2)).toEqual([square]);
  });

  it('puts a country’s label in its largest part', () => {
    const mainland = [
      [0, 40],
      [8, 40],
      [8, 50],
      [0, 50],
      [0, 40],
    ];
    const island = [
      [-54, 2],
      [-52, 2],
      [-52, 5],
      [-54, 5],
      [-54, 2],
    ];
    expect(labelPoint({ type: 'MultiPolygon', coordinates: [[island], [mainland]] }).point).toEqual([4, 45]);
  });

  it('makes a ring across the antimeridian continuous, but not one round a pole', () => {
    const chukotka = [
      [178, 65],
      [-178, 65],
      [-178, 68],
      [178, 68],
      [178, 65],
    ];
    expect(unwrapRing(chukotka)).toEqual([
      [178, 65],
      [182, 65],
      [182, 68],
      [178, 68],
      [178, 65],
    ]);
    const aroundPole = [
      [-180, -80],
      [0, -80],
      [180, -80],
      [-180, -80],
    ];
    expect(unwrapRing(aroundPole)).toBe(aroundPole);
    expect(
      splitAtAntimeridian([
        [170, 0],
        [179, 1],
        [-179, 2],
        [-170, 3],
      ]),
    ).toEqual([
      [
        [170, 0],
        [179, 1],
      ],
      [
        [-179, 2],
        [-170, 3],
      ],
    ]);
  });

  it('shows capitals first and small towns last', () => {
    expect(placeMinZoom('capital', 5000)).toBeLessThan(placeMinZoom('city', 5_000_000));
    expect(placeMinZoom('city', 5_000_000)).toBeLessThan(placeMinZoom('city', 150_000));
  });
});

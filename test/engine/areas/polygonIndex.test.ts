import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../../shared/areas';
import { buildPolygonIndex } from '../../../electron/engine/areas/pip/polygonIndex';
import { noisyStar, seededRandom } from './fixtures';

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

function expectSameAsTurf(geometry: AreaGeometry, points: number[][]): number {
  const index = buildPolygonIndex(geometry);
  let inside = 0;
  for (const [x, y] of points) {
    const ours = index.contains(x!, y!);
    const turf = booleanPointInPolygon([x!, y!], geometry);
    if (ours !== turf) throw new Error(`disagree at ${x},${y}: ours ${ours}, turf ${turf}`);
    if (ours) inside++;
  }
  return inside;
}

/** The half-open crossing rule, edge by edge, with no index: the reference for boundary points. */
function rayCast(geometry: Extract<AreaGeometry, { type: 'MultiPolygon' }>, x: number, y: number): boolean {
  return geometry.coordinates.some((polygon) => {
    let odd = false;
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x1, y1] = ring[i]!;
        const [x2, y2] = ring[i + 1]!;
        if (y1! > y !== y2! > y && x < x1! + ((y - y1!) * (x2! - x1!)) / (y2! - y1!)) odd = !odd;
      }
    }
    return odd;
  });
}

function randomPoints(n: number, [w, s, e, north]: number[], seed: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => [w! + random() * (e! - w!), s! + random() * (north! - s!)]);
}

describe('point-in-polygon index', () => {
  it('agrees with turf point for point on a noisy star with a hole', () => {
    const geometry: AreaGeometry = { type: 'Polygon', coordinates: noisyStar(10, 5, 3, 2000, 1) };
    const inside = expectSameAsTurf(geometry, randomPoints(20_000, [6, 1, 14, 9], 2));
    // Both answers are non-trivial: some points in, some out, some in the hole.
    expect(inside).toBeGreaterThan(2000);
    expect(inside).toBeLessThan(18_000);
    expect(buildPolygonIndex(geometry).contains(10, 5)).toBe(false); // the hole's centre
  });

  it('agrees with turf on multipolygons, including one polygon inside another polygon’s hole', () => {
    const geometry: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 10), square(2, 2, 6)], [square(4, 4, 2)], noisyStar(20, 5, 2, 500, 3)],
    };
    expectSameAsTurf(geometry, randomPoints(20_000, [-1, -1, 24, 11], 4));
    const index = buildPolygonIndex(geometry);
    expect(index.contains(1, 1)).toBe(true);
    expect(index.contains(3, 3)).toBe(false);
    expect(index.contains(5, 5)).toBe(true);
  });

  it('does not let overlapping parts of a multipolygon cancel each other out', () => {
    const index = buildPolygonIndex({
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 4)], [square(2, 2, 4)]],
    });
    expect(index.contains(3, 3)).toBe(true);
  });

  it('decides edge and vertex points by the half-open rule: west/south in, east/north out', () => {
    const index = buildPolygonIndex({ type: 'Polygon', coordinates: [square(0, 0, 10)] });
    expect(index.contains(0, 5)).toBe(true); // west edge
    expect(index.contains(5, 0)).toBe(true); // south edge
    expect(index.contains(10, 5)).toBe(false); // east edge
    expect(index.contains(5, 10)).toBe(false); // north edge
    expect(index.contains(0, 0)).toBe(true); // south-west corner
    expect(index.contains(10, 10)).toBe(false); // north-east corner
  });

  it('gives every point on a shared edge to exactly one of two neighbouring areas', () => {
    const left = buildPolygonIndex({ type: 'Polygon', coordinates: [square(0, 0, 10)] });
    const right = buildPolygonIndex({ type: 'Polygon', coordinates: [square(10, 0, 10)] });
    const random = seededRandom(9);
    for (let k = 0; k < 1000; k++) {
      const y = k === 0 ? 0 : random() * 10;
      expect(Number(left.contains(10, y)) + Number(right.contains(10, y))).toBe(1);
    }
    // The same holds for a slanted shared edge and its vertices.
    const a = buildPolygonIndex({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [6, 8],
          [0, 8],
          [0, 0],
        ],
      ],
    });
    const b = buildPolygonIndex({
      type: 'Polygon',
      coordinates: [
        [
          [4, 0],
          [10, 0],
          [10, 8],
          [6, 8],
          [4, 0],
        ],
      ],
    });
    for (const t of [0, 0.25, 0.5, 0.75]) {
      const [x, y] = [4 + 2 * t, 8 * t];
      expect(Number(a.contains(x, y)) + Number(b.contains(x, y))).toBe(1);
    }
  });

  it('decides points exactly on vertices and edges of a ragged multipolygon as a plain ray cast does', () => {
    const geometry: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [noisyStar(10, 5, 3, 3000, 5), noisyStar(14, 7, 2, 1000, 6)],
    };
    const index = buildPolygonIndex(geometry);
    const onBoundary: number[][] = [];
    for (const polygon of geometry.coordinates) {
      for (const ring of polygon) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const [a, b] = [ring[i]!, ring[i + 1]!];
          onBoundary.push(a, [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2], [a[0]!, (a[1]! + b[1]!) / 2]);
        }
      }
    }
    let inside = 0;
    for (const [x, y] of onBoundary) {
      const expected = rayCast(geometry, x!, y!);
      if (index.contains(x!, y!) !== expected) throw new Error(`disagree at ${x},${y}`);
      if (expected) inside++;
    }
    expect(inside).toBeGreaterThan(onBoundary.length / 10);
    expect(inside).toBeLessThan(onBoundary.length);
  });

  it('answers for a whole-world polygon', () => {
    const world = buildPolygonIndex({
      type: 'Polygon',
      coordinates: [
        [
          [-180, -90],
          [180, -90],
          [180, 90],
          [-180, 90],
          [-180, -90],
        ],
      ],
    });
    expect(world.contains(0, 0)).toBe(true);
    expect(world.contains(-180, 0)).toBe(true);
    expect(world.contains(179.999, -89.999)).toBe(true);
  });
});

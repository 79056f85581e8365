import { describe, expect, it } from 'vitest';
import { repairPolygons } from '../../../electron/engine/areas/geometry/repair';
import { signedArea } from '../../../electron/engine/areas/geometry/rings';
import { buildPolygonIndex, polygonsOf } from '../../../electron/engine/areas/pip/polygonIndex';
import { shapeToPolygons } from '../../../electron/engine/areas/geometry/shapes';

const clockwiseSquare = [
  [0, 0],
  [0, 1],
  [1, 1],
  [1, 0],
  [0, 0],
];

describe('area geometry repair', () => {
  it('closes open rings and fixes the winding, saying so', () => {
    const { geometry, repairs } = repairPolygons([[clockwiseSquare.slice(0, 4)]]);
    const [outer] = polygonsOf(geometry)[0]!;
    expect(outer![0]).toEqual(outer![outer!.length - 1]);
    expect(signedArea(outer!)).toBeGreaterThan(0);
    expect(repairs).toEqual([
      'Closed 1 open ring.',
      'Fixed the winding of 1 ring (outer counter-clockwise, holes clockwise).',
    ]);
  });

  it('winds holes clockwise and keeps them working as holes', () => {
    const outer = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ]; // counter-clockwise: wrong for a hole
    const { geometry } = repairPolygons([[outer, hole]]);
    const [, fixedHole] = polygonsOf(geometry)[0]!;
    expect(signedArea(fixedHole!)).toBeLessThan(0);
    expect(buildPolygonIndex(geometry).contains(5, 5)).toBe(false);
    expect(buildPolygonIndex(geometry).contains(2, 2)).toBe(true);
  });

  it('splits a bow-tie into simple parts covering both lobes', () => {
    const bowTie = [
      [0, 0],
      [2, 2],
      [2, 0],
      [0, 2],
      [0, 0],
    ];
    const { geometry, repairs } = repairPolygons([[bowTie]]);
    expect(repairs.some((r) => r.startsWith('Repaired 1 self-intersection'))).toBe(true);
    const index = buildPolygonIndex(geometry);
    expect(index.contains(0.2, 1)).toBe(true);
    expect(index.contains(1.8, 1)).toBe(true);
    expect(index.contains(1, 0.2)).toBe(false);
  });

  it('cuts a ring that jumps across the antimeridian into two parts within ±180', () => {
    const fiji = [
      [178, -18],
      [-179, -18],
      [-179, -16],
      [178, -16],
      [178, -18],
    ];
    const { geometry, repairs } = repairPolygons([[fiji]]);
    expect(geometry.type).toBe('MultiPolygon');
    for (const polygon of polygonsOf(geometry)) {
      for (const [x] of polygon[0]!) expect(Math.abs(x!)).toBeLessThanOrEqual(180);
    }
    const index = buildPolygonIndex(geometry);
    expect(index.contains(179.5, -17)).toBe(true);
    expect(index.contains(-179.5, -17)).toBe(true);
    expect(index.contains(0, -17)).toBe(false);
    expect(repairs).toContain('Cut at the 180° meridian into 1 extra part.');
  });

  it('accepts a rectangle drawn across the antimeridian (west > east)', () => {
    const polygons = shapeToPolygons({ kind: 'rectangle', west: 170, south: 50, east: -170, north: 60 });
    const index = buildPolygonIndex(repairPolygons(polygons).geometry);
    expect(index.contains(175, 55)).toBe(true);
    expect(index.contains(-175, 55)).toBe(true);
    expect(index.contains(0, 55)).toBe(false);
  });

  it('keeps a whole-world polygon whole', () => {
    const world = [
      [-180, -90],
      [180, -90],
      [180, 90],
      [-180, 90],
      [-180, -90],
    ];
    const { geometry, repairs } = repairPolygons([[world]]);
    expect(repairs).toEqual([]);
    const index = buildPolygonIndex(geometry);
    expect(index.contains(0, 0)).toBe(true);
    expect(index.contains(-179.9, 89.9)).toBe(true);
  });

  it('refuses projected coordinates with a clear message', () => {
    const metres = [
      [500000, 4000000],
      [510000, 4000000],
      [510000, 4010000],
      [500000, 4000000],
    ];
    expect(() => repairPolygons([[metres]])).toThrow(/projected coordinate system/);
  });

  it('refuses input with no usable polygon', () => {
    expect(() => repairPolygons([])).toThrow(/no usable polygon/);
    expect(() =>
      repairPolygons([
        [
          [
            [0, 0],
            [1, 1],
          ],
        ],
      ]),
    ).toThrow(/no usable polygon/);
  });

  it('drops degenerate holes and repeated points', () => {
    const outer = [
      [0, 0],
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const { geometry, repairs } = repairPolygons([
      [
        outer,
        [
          [1, 1],
          [2, 2],
          [1, 1],
        ],
      ],
    ]);
    expect(polygonsOf(geometry)[0]).toHaveLength(1);
    expect(polygonsOf(geometry)[0]![0]).toHaveLength(5);
    expect(repairs).toContain('Dropped 1 ring with fewer than three distinct points or no area.');
  });

  it('drops malformed polygons from an untrusted file instead of failing', () => {
    const triangle = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const { geometry, repairs } = repairPolygons([42 as never, [[['a', 'b'] as never]], [triangle]]);
    expect(polygonsOf(geometry)).toHaveLength(1);
    expect(repairs).toContain('Dropped 2 empty polygons.');
  });

  it('makes a circle of the requested radius', () => {
    const polygons = shapeToPolygons({ kind: 'circle', center: [35.5, 33.9], radiusKm: 10 });
    const index = buildPolygonIndex(repairPolygons(polygons).geometry);
    expect(index.contains(35.5, 33.9)).toBe(true);
    expect(index.contains(35.5, 33.9 + 9.5 / 111.2)).toBe(true);
    expect(index.contains(35.5, 33.9 + 10.5 / 111.2)).toBe(false);
  });
});

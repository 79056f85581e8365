// The Map screen's pure parts: which names to show, what a drawn shape is, how clusters are
// coloured, what bbox the engine is asked for, and how a PMTiles archive is styled.
import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../../../renderer/src/map/basemapStyle';
import { circleCentre, toDrawnShape } from '../../../renderer/src/map/drawnShape';
import { peopleBounds } from '../../../renderer/src/map/fitToPeople';
import { parseLabels, pickLabels, type LabelCandidate } from '../../../renderer/src/map/labelPicking';
import {
  clusterFeatures,
  clusterStatus,
  pointFeatures,
  shareColour,
} from '../../../renderer/src/map/peopleLayer';
import { clampBBox, compactCount } from '../../../renderer/src/map/viewBBox';
import { makePoints } from './mapFixtures';

const view = {
  zoom: 5,
  bounds: [30, 30, 40, 40] as [number, number, number, number],
  project: (lon: number, lat: number) => ({ x: lon * 100, y: -lat * 100 }),
};

function label(
  kind: LabelCandidate['kind'],
  name: string,
  lon: number,
  lat: number,
  minzoom = 0,
): LabelCandidate {
  return { kind, name, lon, lat, minzoom };
}

describe('pickLabels', () => {
  it('keeps the earlier of two overlapping labels, countries before places', () => {
    const picked = pickLabels(
      [
        label('city', 'Tripoli', 35.84, 34.43),
        label('country', 'Lebanon', 35.8, 34.43),
        label('capital', 'Beirut', 35.5, 33.89),
      ],
      view,
    );
    expect(picked.map((l) => l.name)).toEqual(['Lebanon', 'Beirut']);
    expect(picked[1]).toMatchObject({ x: 3550, y: -3389 });
  });

  it('leaves out names not yet due, off screen, and countries once close', () => {
    const candidates = [
      label('city', 'Sidon', 35.37, 33.56, 6),
      label('city', 'Paris', 2.35, 48.85),
      label('country', 'Syria', 38, 35),
    ];
    expect(pickLabels(candidates, view).map((l) => l.name)).toEqual(['Syria']);
    expect(pickLabels(candidates, { ...view, zoom: 7 }).map((l) => l.name)).toEqual(['Sidon']);
  });

  it('handles a view across the antimeridian and caps the number of labels', () => {
    const fiji = label('country', 'Fiji', 178, -17);
    const samoa = label('country', 'Samoa', -172, -13.7);
    const across = { ...view, bounds: [170, -30, -160, 0] as [number, number, number, number] };
    expect(pickLabels([fiji, samoa], across).map((l) => l.name)).toEqual(['Fiji', 'Samoa']);
    const many = Array.from({ length: 100 }, (_, i) =>
      label('city', `P${i}`, 31 + (i % 10) * 0.9, 31 + Math.floor(i / 10) * 0.9),
    );
    expect(pickLabels(many, view, 12)).toHaveLength(12);
  });

  it('reads only well-formed features from labels.json', () => {
    expect(
      parseLabels({
        features: [
          {
            properties: { kind: 'city', name: 'Tyre', minzoom: 6 },
            geometry: { coordinates: [35.2, 33.27] },
          },
          {
            properties: { kind: 'river', name: 'Litani', minzoom: 6 },
            geometry: { coordinates: [35.2, 33.3] },
          },
          { properties: { kind: 'city', minzoom: 6 }, geometry: { coordinates: [35.2, 33.3] } },
          { properties: { kind: 'city', name: 'Nowhere', minzoom: 6 } },
        ],
      }),
    ).toEqual([label('city', 'Tyre', 35.2, 33.27, 6)]);
    expect(parseLabels(null)).toEqual([]);
  });
});

describe('toDrawnShape', () => {
  const square = [
    [35.4, 33.8],
    [35.6, 33.8],
    [35.6, 34],
    [35.4, 34],
    [35.4, 33.8],
  ];

  it('sends rectangles as their bounds and polygons as their rings', () => {
    const geometry = { type: 'Polygon' as const, coordinates: [square] };
    expect(toDrawnShape({ type: 'Feature', geometry, properties: { mode: 'rectangle' } })).toEqual({
      kind: 'rectangle',
      west: 35.4,
      south: 33.8,
      east: 35.6,
      north: 34,
    });
    expect(toDrawnShape({ type: 'Feature', geometry, properties: { mode: 'polygon' } })).toEqual({
      kind: 'polygon',
      rings: [square],
    });
  });

  it('finds a mercator circle’s centre, which is not the middle of its latitudes', () => {
    // A ring round on screen at 60°N spans more degrees north of its centre than south of it.
    const ring = Array.from({ length: 65 }, (_, i) => {
      const a = (2 * Math.PI * i) / 64;
      const y = Math.log(Math.tan(Math.PI / 4 + (60 * Math.PI) / 360)) + 0.05 * Math.sin(a);
      return [10 + 3 * Math.cos(a), (360 / Math.PI) * Math.atan(Math.exp(y)) - 90];
    });
    const [lon, lat] = circleCentre(ring);
    expect(lon).toBeCloseTo(10, 6);
    expect(lat).toBeCloseTo(60, 6);
    const lats = ring.map((p) => p[1]!);
    expect((Math.min(...lats) + Math.max(...lats)) / 2).not.toBeCloseTo(60, 3);
  });

  it('is null for anything that is not a closed polygon', () => {
    expect(
      toDrawnShape({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: square },
        properties: {},
      }),
    ).toBeNull();
    expect(
      toDrawnShape({
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [square.slice(0, 3)] },
        properties: { mode: 'polygon' },
      }),
    ).toBeNull();
  });
});

describe('the people layer', () => {
  it('colours a cluster by the most urgent status anyone in it has', () => {
    const [big] = makePoints().clusters;
    expect(clusterStatus(big!)).toBe('shelter');
    expect(clusterStatus({ ...big!, status: { evacuate: 1, shelter: 5, watch: 0, outside: 9 } })).toBe(
      'evacuate',
    );
    expect(clusterStatus({ ...big!, status: { evacuate: 0, shelter: 0, watch: 0, outside: 0 } })).toBe(
      'outside',
    );
  });

  it('grades vulnerability in steps and carries the cell as four numbers', () => {
    expect([0, 0.1, 0.3, 0.6].map(shareColour)).toEqual(['#0d7377', '#5a6fa0', '#8e4fb0', '#7b1fa2']);
    const result = makePoints();
    expect(clusterFeatures(result.clusters, 'vulnerability').features[0]?.properties).toEqual({
      count: 1200,
      colour: '#8e4fb0',
      west: 35,
      south: 33.5,
      east: 36,
      north: 34.5,
    });
    expect(pointFeatures(result.points, 'vulnerability').features[0]?.geometry.coordinates).toEqual([
      35.2, 33.27,
    ]);
  });

  it('frames everyone from the clusters’ positions', () => {
    const { clusters, points } = makePoints();
    expect(peopleBounds(clusters, points)).toEqual([35.2, 33.27, 35.8, 34.4]);
    expect(peopleBounds([], [])).toBeNull();
  });
});

describe('view bounds and numbers', () => {
  it('clamps to the world and asks for every longitude across the antimeridian', () => {
    expect(clampBBox(34, 32, 37, 35)).toEqual([34, 32, 37, 35]);
    expect(clampBBox(-200, -95, 200, 95)).toEqual([-180, -90, 180, 90]);
    expect(clampBBox(170, -20, 190, 0)).toEqual([-180, -20, 180, 0]);
  });

  it('writes cluster counts short', () => {
    expect([7, 1234, 12_345, 999_999, 1_250_000, 12_000_000].map(compactCount)).toEqual([
      '7',
      '1,234',
      '12k',
      '1.0M',
      '1.3M',
      '12M',
    ]);
  });
});

describe('basemapStyle', () => {
  it('draws from the given files only and has no text layer', () => {
    const style = basemapStyle({ countries: '/a/c.json', boundaries: '/a/b.json', labels: '/a/l.json' });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
    expect(Object.values(style.sources).map((s) => (s as { data: string }).data)).toEqual([
      '/a/c.json',
      '/a/b.json',
      '/a/l.json',
    ]);
  });
});

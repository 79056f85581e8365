// Canned answers of the areas and map methods for the Map screen's component tests.
import type { Breakdowns, CrisisArea, InsideResult, MapPointsResult } from '../../../shared/areas';

export function makeBreakdowns(overrides: Partial<Breakdowns> = {}): Breakdowns {
  return {
    nationality: [
      { key: 'PH', count: 30 },
      { key: 'NG', count: 12 },
    ],
    sex: [
      { key: 'F', count: 25 },
      { key: 'M', count: 17 },
    ],
    ageBand: [
      { key: '18-59', count: 30 },
      { key: '0-17', count: 8 },
      { key: '60+', count: 4 },
    ],
    specialNeeds: { withNeeds: 3, without: 39 },
    households: { households: 11, withoutHousehold: 9 },
    ...overrides,
  };
}

export function makeArea(overrides: Partial<CrisisArea> = {}): CrisisArea {
  return {
    id: 1,
    name: 'Port district',
    severity: 'evacuate',
    at: '2025-03-01T10:00:00.000Z',
    source: 'Civil defence',
    origin: 'drawn',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [35.4, 33.8],
          [35.6, 33.8],
          [35.6, 34],
          [35.4, 34],
          [35.4, 33.8],
        ],
      ],
    },
    bbox: [35.4, 33.8, 35.6, 34],
    vertexCount: 5,
    repairs: [],
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function makeInside(areaId: number, total = 42): InsideResult {
  return {
    areaId,
    total,
    breakdowns: makeBreakdowns(),
    unplaced: 7,
    personIds: [],
    rows: [],
    tookMs: 2,
  };
}

export function makePoints(overrides: Partial<MapPointsResult> = {}): MapPointsResult {
  return {
    clusters: [
      {
        lon: 35.5,
        lat: 33.9,
        count: 1200,
        vulnerableShare: 0.3,
        status: { evacuate: 0, shelter: 10, watch: 0, outside: 1190 },
        cell: [35, 33.5, 36, 34.5],
      },
      {
        lon: 35.8,
        lat: 34.4,
        count: 15,
        vulnerableShare: 0,
        status: { evacuate: 0, shelter: 0, watch: 0, outside: 15 },
        cell: [35.5, 34, 36, 34.5],
      },
    ],
    points: [{ id: 77, lon: 35.2, lat: 33.27, vulnerable: true, status: 'evacuate' }],
    inView: 1216,
    unplaced: 108,
    cellDegrees: 0.5,
    tookMs: 4,
    ...overrides,
  };
}

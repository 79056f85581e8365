// Grid clustering in the engine, so the renderer draws a few hundred bubbles instead of a million
// features. Cells are aligned on a world grid (not on the view), so a cluster stays put while the
// map pans, and about 64 screen pixels wide at the map's zoom (256-pixel tiles).
import type {
  BBox,
  MapCluster,
  MapPoint,
  MapPointsQuery,
  MapPointsResult,
  PeopleAtResult,
} from '../../../../shared/areas';
import { MusterError } from '../../../../shared/errors';
import type { Vault } from '../../vault/vault';
import { dayNumber, isVulnerable } from '../people/breakdowns';
import { loadPeopleColumns, type PeopleColumns } from '../people/peopleColumns';
import { personRows } from '../query/personRows';
import { STATUS_ORDER, statusCodes } from './statuses';

const CELLS_PER_TILE = 4;

export function cellDegrees(zoom: number): number {
  return 360 / 2 ** Math.floor(zoom) / CELLS_PER_TILE;
}

/** Beyond this many cells in view (a huge bbox at a deep zoom), the request is refused as nonsense. */
const MAX_VIEW_CELLS = 4_000_000;

export async function mapPoints(vault: Vault, query: MapPointsQuery, today: Date): Promise<MapPointsResult> {
  const started = performance.now();
  const columns = await loadPeopleColumns(vault);
  const codes = await statusCodes(vault, columns);
  const vulnerable = vulnerableFlags(columns, today);
  const size = cellDegrees(query.zoom);
  const [west, south, east, north] = query.bbox;
  // The view's cells, counted from the world grid cell holding its south-west corner.
  const col0 = Math.floor((west + 180) / size);
  const row0 = Math.floor((south + 90) / size);
  const cols = Math.floor((east + 180) / size) - col0 + 1;
  const rows = Math.floor((north + 90) / size) - row0 + 1;
  if (cols * rows > MAX_VIEW_CELLS) {
    throw new MusterError('INVALID_INPUT', 'The map view is too large for this zoom level.');
  }
  // Accumulators in typed arrays, one slot per cell of the view: no object per person or per cell.
  const cells = cols * rows;
  const count = new Int32Array(cells);
  const sumLon = new Float64Array(cells);
  const sumLat = new Float64Array(cells);
  const vulnerableCount = new Int32Array(cells);
  const status = new Int32Array(cells * 4);
  const first = new Int32Array(cells);
  let inView = 0;
  const { lon, lat } = columns;
  for (let i = 0; i < lon.length; i++) {
    const x = lon[i]!;
    const y = lat[i]!;
    if (x < west || x >= east || y < south || y >= north) continue;
    inView++;
    const c = (Math.floor((y + 90) / size) - row0) * cols + (Math.floor((x + 180) / size) - col0);
    if (count[c]!++ === 0) first[c] = i;
    sumLon[c]! += x;
    sumLat[c]! += y;
    vulnerableCount[c]! += vulnerable[i]!;
    status[c * 4 + codes[i]!]!++;
  }
  const clusters: MapCluster[] = [];
  const points: MapPoint[] = [];
  for (let c = 0; c < cells; c++) {
    const n = count[c]!;
    if (n === 0) continue;
    if (n === 1) {
      const i = first[c]!;
      points.push({
        id: columns.ids[i]!,
        lon: lon[i]!,
        lat: lat[i]!,
        vulnerable: vulnerable[i] === 1,
        status: STATUS_ORDER[codes[i]!]!,
      });
      continue;
    }
    clusters.push({
      lon: sumLon[c]! / n,
      lat: sumLat[c]! / n,
      count: n,
      vulnerableShare: vulnerableCount[c]! / n,
      status: {
        evacuate: status[c * 4]!,
        shelter: status[c * 4 + 1]!,
        watch: status[c * 4 + 2]!,
        outside: status[c * 4 + 3]!,
      },
      cell: cellBox(col0 + (c % cols), row0 + Math.floor(c / cols), size),
    });
  }
  return {
    clusters,
    points,
    inView,
    unplaced: columns.unplaced,
    cellDegrees: size,
    tookMs: Math.round(performance.now() - started),
  };
}

const flagsCache = new WeakMap<PeopleColumns, { day: number; flags: Uint8Array }>();

/** Computed once per day and per load of the people, not on every pan of the map. */
function vulnerableFlags(columns: PeopleColumns, today: Date): Uint8Array {
  const day = dayNumber(today);
  const cached = flagsCache.get(columns);
  if (cached && cached.day === day) return cached.flags;
  const flags = new Uint8Array(columns.ids.length);
  for (let i = 0; i < flags.length; i++) flags[i] = isVulnerable(columns, i, day) ? 1 : 0;
  flagsCache.set(columns, { day, flags });
  return flags;
}

function cellBox(cx: number, cy: number, size: number): BBox {
  const clampLon = (v: number) => Math.max(-180, Math.min(180, v));
  const clampLat = (v: number) => Math.max(-90, Math.min(90, v));
  return [
    clampLon(-180 + cx * size),
    clampLat(-90 + cy * size),
    clampLon(-180 + (cx + 1) * size),
    clampLat(-90 + (cy + 1) * size),
  ];
}

/** West and south edges inclusive, east and north exclusive: adjacent cells never share a person. */
export async function peopleAt(
  vault: Vault,
  params: { bbox: BBox; offset: number; limit: number },
): Promise<PeopleAtResult> {
  const columns = await loadPeopleColumns(vault);
  const [west, south, east, north] = params.bbox;
  const ids: number[] = [];
  for (let i = 0; i < columns.lon.length; i++) {
    const x = columns.lon[i]!;
    const y = columns.lat[i]!;
    if (x >= west && x < east && y >= south && y < north) ids.push(columns.ids[i]!);
  }
  return {
    total: ids.length,
    rows: personRows(vault, ids.slice(params.offset, params.offset + params.limit)),
  };
}

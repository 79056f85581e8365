// Each person to the nearest assembly point. flatbush's `neighbors` walks candidates in planar
// (degree) order, which is not distance order on the sphere; asking for a few and re-ranking them by
// great-circle distance fixes that for any realistic spread of points.
import Flatbush from 'flatbush';
import type { AssignResult } from '../../../../shared/areas';
import { MusterError } from '../../../../shared/errors';
import type { JobContext } from '../../types';
import type { Vault } from '../../vault/vault';
import { getArea } from '../areaStore';
import { loadPeopleColumns } from '../people/peopleColumns';
import { membersInside } from '../query/inside';
import { haversineKm } from '../query/distance';
import { listAssemblyPoints } from './assemblyStore';

const CANDIDATES = 4;
const CHECK_EVERY = 100_000;

export async function assignToAssemblyPoints(
  vault: Vault,
  params: { areaId?: number | undefined; offset: number; limit: number },
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<AssignResult> {
  const started = performance.now();
  const points = listAssemblyPoints(vault);
  if (points.length === 0) {
    throw new MusterError('INVALID_INPUT', 'Add at least one assembly point first.');
  }
  const columns = await loadPeopleColumns(vault, ctx);
  const members =
    params.areaId === undefined
      ? Int32Array.from({ length: columns.ids.length }, (_, i) => i)
      : await membersInside(columns, getArea(vault, params.areaId), ctx);

  const index = new Flatbush(points.length);
  for (const p of points) index.add(p.lon, p.lat, p.lon, p.lat);
  index.finish();

  const nearest = new Int32Array(members.length);
  const km = new Float64Array(members.length);
  for (let k = 0; k < members.length; k++) {
    const i = members[k]!;
    const x = columns.lon[i]!;
    const y = columns.lat[i]!;
    let best = -1;
    let bestKm = Infinity;
    for (const c of index.neighbors(x, y, Math.min(CANDIDATES, points.length))) {
      const d = haversineKm(x, y, points[c]!.lon, points[c]!.lat);
      if (d < bestKm) {
        bestKm = d;
        best = c;
      }
    }
    nearest[k] = best;
    km[k] = bestKm;
    if (ctx && k % CHECK_EVERY === CHECK_EVERY - 1) await ctx.checkpoint();
  }

  const count = new Int32Array(points.length);
  const sum = new Float64Array(points.length);
  const max = new Float64Array(points.length);
  for (let k = 0; k < members.length; k++) {
    const c = nearest[k]!;
    count[c]!++;
    sum[c]! += km[k]!;
    if (km[k]! > max[c]!) max[c] = km[k]!;
  }
  const perPoint = points.map((p, c) => ({
    pointId: p.id,
    count: count[c]!,
    maxKm: round(max[c]!),
    meanKm: count[c] === 0 ? 0 : round(sum[c]! / count[c]!),
    overCapacity: p.capacity === null ? 0 : Math.max(0, count[c]! - p.capacity),
  }));
  const end = Math.min(members.length, params.offset + params.limit);
  const assignments = [];
  for (let k = params.offset; k < end; k++) {
    assignments.push({
      personId: columns.ids[members[k]!]!,
      pointId: points[nearest[k]!]!.id,
      distanceKm: round(km[k]!),
    });
  }
  return {
    total: members.length,
    unplaced: columns.unplaced,
    perPoint,
    assignments,
    tookMs: Math.round(performance.now() - started),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

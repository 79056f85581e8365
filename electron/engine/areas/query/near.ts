// Who is within N km of a point, or of an area (inside it counts as 0 km), nearest first.
import Flatbush from 'flatbush';
import type { CrisisArea, NearQuery, NearResult } from '../../../../shared/areas';
import type { JobContext } from '../../types';
import { personIdAt, personOverlay, type PersonOverlay } from '../../people/personOverlay';
import type { Vault } from '../../vault/vault';
import { getArea } from '../areaStore';
import { breakdownsOf } from '../people/breakdowns';
import { loadPeopleColumns, type PeopleColumns } from '../people/peopleColumns';
import { indexOfArea } from '../pip/areaIndexes';
import { polygonsOf } from '../pip/polygonIndex';
import { boxAround, haversineKm, segmentDistanceKm } from './distance';
import { personRows } from './personRows';

const CHECK_EVERY = 200_000;

type DistanceFn = (lon: number, lat: number) => number;

/** Positions in the columns within reach, with their distance (same order). */
interface Found {
  members: Int32Array;
  km: Float64Array;
}

export async function nearPeople(
  vault: Vault,
  query: NearQuery,
  today: Date,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<NearResult> {
  const started = performance.now();
  const columns = await loadPeopleColumns(vault, ctx);
  const { box, distance } =
    query.target.kind === 'point'
      ? pointTarget(query.target.lon, query.target.lat, query.km)
      : areaTarget(getArea(vault, query.target.id), query.km);
  const persons = personOverlay(vault, columns);
  const found = nearestOfEachPerson(persons, await scan(columns, box, distance, query.km, ctx));
  const order = Array.from(found.members.keys()).sort(
    (a, b) => found.km[a]! - found.km[b]! || found.members[a]! - found.members[b]!,
  );
  const page = order.slice(query.offset, query.offset + query.limit);
  const people = page.map((k) => ({
    id: personIdAt(columns, persons, found.members[k]!),
    distanceKm: round(found.km[k]!),
  }));
  return {
    total: found.members.length,
    breakdowns: breakdownsOf(columns, persons, found.members, today),
    unplaced: columns.unplaced,
    people,
    rows: query.includeRows
      ? personRows(
          vault,
          people.map((p) => p.id),
        )
      : [],
    tookMs: Math.round(performance.now() - started),
  };
}

async function scan(
  columns: PeopleColumns,
  [west, south, east, north]: number[],
  distance: DistanceFn,
  km: number,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<Found> {
  const members: number[] = [];
  const kms: number[] = [];
  const { lon, lat } = columns;
  for (let start = 0; start < lon.length; start += CHECK_EVERY) {
    const end = Math.min(lon.length, start + CHECK_EVERY);
    for (let i = start; i < end; i++) {
      const x = lon[i]!;
      const y = lat[i]!;
      if (x < west! || x > east! || y < south! || y > north!) continue;
      const d = distance(x, y);
      if (d <= km) {
        members.push(i);
        kms.push(d);
      }
    }
    if (ctx && end < lon.length) await ctx.checkpoint();
  }
  return { members: Int32Array.from(members), km: Float64Array.from(kms) };
}

/** A merged person is as near as the nearest of its records: the others are dropped. */
function nearestOfEachPerson(persons: PersonOverlay, found: Found): Found {
  if (persons.persons.length === 0) return found;
  const { members, km } = found;
  const best = new Int32Array(persons.persons.length).fill(-1);
  const keep = new Uint8Array(members.length);
  for (let k = 0; k < members.length; k++) {
    const p = persons.slot[members[k]!]!;
    if (p < 0) keep[k] = 1;
    else if (best[p]! < 0 || km[k]! < km[best[p]!]!) best[p] = k;
  }
  for (const k of best) if (k >= 0) keep[k] = 1;
  const kept: number[] = [];
  for (let k = 0; k < members.length; k++) if (keep[k] === 1) kept.push(k);
  return {
    members: Int32Array.from(kept, (k) => members[k]!),
    km: Float64Array.from(kept, (k) => km[k]!),
  };
}

function pointTarget(lon: number, lat: number, km: number): { box: number[]; distance: DistanceFn } {
  return { box: boxAround(lon, lat, km), distance: (x, y) => haversineKm(lon, lat, x, y) };
}

function areaTarget(area: CrisisArea, km: number): { box: number[]; distance: DistanceFn } {
  const index = indexOfArea(area);
  const edges: number[][] = [];
  for (const polygon of polygonsOf(area.geometry)) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++)
        edges.push([ring[i]![0]!, ring[i]![1]!, ring[i + 1]![0]!, ring[i + 1]![1]!]);
    }
  }
  const edgeIndex = new Flatbush(Math.max(1, edges.length));
  for (const [x1, y1, x2, y2] of edges) {
    edgeIndex.add(Math.min(x1!, x2!), Math.min(y1!, y2!), Math.max(x1!, x2!), Math.max(y1!, y2!));
  }
  if (edges.length === 0) edgeIndex.add(0, 0, 0, 0);
  edgeIndex.finish();
  const [west, south, east, north] = area.bbox;
  const sw = boxAround(west, south, km);
  const ne = boxAround(east, north, km);
  return {
    box: [Math.min(sw[0], ne[0]), sw[1], Math.max(sw[2], ne[2]), ne[3]],
    distance: (x, y) => {
      if (index.contains(x, y)) return 0;
      const [bw, bs, be, bn] = boxAround(x, y, km);
      let best = Infinity;
      for (const e of edgeIndex.search(bw, bs, be, bn)) {
        const edge = edges[e];
        if (edge) best = Math.min(best, segmentDistanceKm(x, y, edge[0]!, edge[1]!, edge[2]!, edge[3]!));
      }
      return best;
    },
  };
}

function round(km: number): number {
  return Math.round(km * 1000) / 1000;
}

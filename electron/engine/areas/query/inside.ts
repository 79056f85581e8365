// Who is inside a crisis area: bbox prefilter, then the polygon index, over the cached columns.
import type { CrisisArea, InsideResult } from '../../../../shared/areas';
import type { JobContext } from '../../types';
import { forEachPerson, personOverlay, type PersonOverlay } from '../../people/personOverlay';
import type { Vault } from '../../vault/vault';
import { getArea } from '../areaStore';
import { breakdownsOf } from '../people/breakdowns';
import { loadPeopleColumns, type PeopleColumns } from '../people/peopleColumns';
import { indexOfArea } from '../pip/areaIndexes';
import { personRows } from './personRows';

/** Points tested between two checkpoints: keeps a cancel responsive without slowing the loop. */
const CHECK_EVERY = 200_000;

/** Positions (in the columns) of the people inside, in id order. */
export async function membersInside(
  columns: PeopleColumns,
  area: CrisisArea,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<Int32Array> {
  const index = indexOfArea(area);
  const [west, south, east, north] = index.bbox;
  const { lon, lat } = columns;
  const out = new Int32Array(lon.length);
  let n = 0;
  for (let start = 0; start < lon.length; start += CHECK_EVERY) {
    const end = Math.min(lon.length, start + CHECK_EVERY);
    for (let i = start; i < end; i++) {
      const x = lon[i]!;
      const y = lat[i]!;
      if (x < west || x > east || y < south || y > north) continue;
      if (index.contains(x, y)) out[n++] = i;
    }
    if (ctx && end < lon.length) await ctx.checkpoint();
  }
  return out.slice(0, n);
}

/**
 * The persons `members` hold, each once, ascending: a merged person is named by its own id, which
 * is one of its records', so the People view opens it like any record.
 */
export function personIdsOf(
  columns: PeopleColumns,
  persons: PersonOverlay,
  members: ArrayLike<number>,
): Int32Array {
  const out = new Int32Array(members.length);
  let n = 0;
  let merged = false;
  forEachPerson(
    persons,
    members,
    (i) => {
      out[n++] = columns.ids[i]!;
    },
    (p) => {
      out[n++] = persons.persons[p]!;
      merged = true;
    },
  );
  // Records on their own come in id order already; a merged person's id may not be its first record's.
  return merged ? out.subarray(0, n).sort() : out.subarray(0, n);
}

export async function insideArea(
  vault: Vault,
  params: { id: number; offset: number; limit: number; includeRows: boolean },
  today: Date,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<InsideResult> {
  const started = performance.now();
  const area = getArea(vault, params.id);
  const columns = await loadPeopleColumns(vault, ctx);
  const members = await membersInside(columns, area, ctx);
  const persons = personOverlay(vault, columns);
  const ids = personIdsOf(columns, persons, members);
  const page = Array.from(ids.subarray(params.offset, params.offset + params.limit));
  return {
    areaId: area.id,
    total: ids.length,
    breakdowns: breakdownsOf(columns, persons, members, today),
    unplaced: columns.unplaced,
    personIds: page,
    rows: params.includeRows ? personRows(vault, page) : [],
    tookMs: Math.round(performance.now() - started),
  };
}

// Aggregated figures for partners: people inside each crisis area by nationality × sex × age band,
// with the area's total, small cells suppressed (see suppression.ts) and an HXL hashtag row. Counts come
// from the cached typed columns the area queries use, so a million people aggregate in well under a
// second once loaded. A merged person is counted once, by its survivor values, when any of its records
// is inside.
import type { CrisisArea } from '../../../shared/areas';
import type { PartnerProfile } from '../../../shared/exports';
import { ageBandCode, dayNumber } from '../areas/people/breakdowns';
import { SEX_CODES, type PeopleColumns } from '../areas/people/peopleColumns';
import { membersInside } from '../areas/query/inside';
import { eachPersonValues, type PersonOverlay, type PersonValues } from '../people/personOverlay';
import type { JobContext } from '../types';
import { allowedColumns } from './profiles';
import type { Cell } from './safeCells';
import { suppressGroup, type CountCell } from './suppression';
import type { Table } from './table';

const AGE_BANDS = ['0-17', '18-59', '60+', 'unknown'] as const;
const ALL = 'all';

export interface AggregateCell extends CountCell {
  nationality: string;
  sex: string;
  ageBand: string;
}

export interface AreaAggregate {
  areaId: number;
  areaName: string;
  total: number;
  totalSuppressed: boolean;
  /** Non-zero cells only, sorted by nationality, sex, age band. */
  cells: AggregateCell[];
}

/** Cells of one area, and how many persons they hold: a flat counter indexed nationality × sex × age band. */
export function countArea(
  columns: PeopleColumns,
  persons: PersonOverlay,
  members: ArrayLike<number>,
  today: Date,
): { cells: AggregateCell[]; total: number } {
  const day = dayNumber(today);
  const nations = persons.nationalities.length + 1; // the last slot is "unknown"
  const counts = new Int32Array(nations * 4 * 4);
  let total = 0;
  const count = (from: PersonValues, k: number) => {
    const n = from.nationality[k]!;
    counts[(n < 0 ? nations - 1 : n) * 16 + from.sex[k]! * 4 + ageBandCode(from.birth[k]!, day)]!++;
    total++;
  };
  eachPersonValues(columns, persons, members, count);
  const cells: AggregateCell[] = [];
  for (let slot = 0; slot < counts.length; slot++) {
    if (counts[slot] === 0) continue;
    const n = Math.floor(slot / 16);
    cells.push({
      nationality: n === nations - 1 ? 'unknown' : persons.nationalities[n]!,
      sex: SEX_CODES[Math.floor(slot / 4) % 4]!,
      ageBand: AGE_BANDS[slot % 4]!,
      count: counts[slot]!,
      suppressed: false,
    });
  }
  cells.sort(
    (a, b) =>
      a.nationality.localeCompare(b.nationality) ||
      a.sex.localeCompare(b.sex) ||
      a.ageBand.localeCompare(b.ageBand),
  );
  return { cells, total };
}

export async function aggregateAreas(
  columns: PeopleColumns,
  persons: PersonOverlay,
  areas: readonly CrisisArea[],
  k: number,
  today: Date,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<{ areas: AreaAggregate[]; suppressed: number }> {
  const out: AreaAggregate[] = [];
  let suppressed = 0;
  for (const area of areas) {
    const members = await membersInside(columns, area, ctx);
    const group = { ...countArea(columns, persons, members, today), totalSuppressed: false };
    suppressed += suppressGroup(group, k) + (group.totalSuppressed ? 1 : 0);
    out.push({ areaId: area.id, areaName: area.name, ...group });
  }
  return { areas: out, suppressed };
}

interface AggregateRow {
  area: string;
  nationality: string;
  sex: string;
  ageBand: string;
  count: number | null;
}

// #affected+ind: individuals counted; personal columns are absent, so nothing here is tagged #contact.
const COLUMNS: readonly { field: string; header: string; hxl: string; value: (r: AggregateRow) => Cell }[] = [
  { field: 'area', header: 'Area', hxl: '#loc+name', value: (r) => r.area },
  { field: 'nationality', header: 'Nationality', hxl: '#indicator+nationality', value: (r) => r.nationality },
  { field: 'sex', header: 'Sex', hxl: '#indicator+sex', value: (r) => r.sex },
  { field: 'age_band', header: 'Age band', hxl: '#indicator+age', value: (r) => r.ageBand },
  { field: 'people', header: 'People', hxl: '#affected+ind', value: (r) => r.count },
];

export const AGGREGATE_FIELDS: readonly string[] = COLUMNS.map((c) => c.field);

/**
 * Suppressed counts are left empty (never "<5", which spreadsheets would read as text in a number
 * column). The Suppressed column is always written: without it an empty count could not be told
 * from a hidden one. A dimension the profile leaves out is hidden, not summed away: rows stay one per
 * cell, so the suppression worked out on the full breakdown still holds.
 */
export function aggregateTable(aggregates: readonly AreaAggregate[], profile: PartnerProfile): Table {
  const columns = allowedColumns(profile, COLUMNS);
  const rows: Table['rows'] = [];
  const push = (row: AggregateRow, suppressed: boolean) =>
    rows.push([...columns.map((c) => c.value(row)), suppressed ? 'yes' : '']);
  for (const a of aggregates) {
    const area = a.areaName;
    push(
      { area, nationality: ALL, sex: ALL, ageBand: ALL, count: a.totalSuppressed ? null : a.total },
      a.totalSuppressed,
    );
    for (const c of a.cells) {
      push(
        {
          area,
          nationality: c.nationality,
          sex: c.sex,
          ageBand: c.ageBand,
          count: c.suppressed ? null : c.count,
        },
        c.suppressed,
      );
    }
  }
  return {
    title: 'Aggregated figures',
    header: [...columns.map((c) => c.header), 'Suppressed'],
    hxl: [...columns.map((c) => c.hxl), '#meta+suppressed'],
    rows,
  };
}

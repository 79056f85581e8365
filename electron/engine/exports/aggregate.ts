// Aggregated figures for partners: people inside each crisis area by nationality × sex × age band,
// with the area's total, small cells suppressed (see suppression.ts) and an HXL hashtag row. Counts come
// from the cached typed columns the area queries use, so a million people aggregate in well under a
// second once loaded.
import type { CrisisArea } from '../../../shared/areas';
import { ageBandCode, dayNumber } from '../areas/people/breakdowns';
import { SEX_CODES, type PeopleColumns } from '../areas/people/peopleColumns';
import { membersInside } from '../areas/query/inside';
import type { JobContext } from '../types';
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

/** Cells of one area: a flat counter indexed nationality × sex × age band. */
export function countArea(columns: PeopleColumns, members: ArrayLike<number>, today: Date): AggregateCell[] {
  const day = dayNumber(today);
  const nations = columns.nationalities.length + 1; // the last slot is "unknown"
  const counts = new Int32Array(nations * 4 * 4);
  for (let m = 0; m < members.length; m++) {
    const i = members[m]!;
    const n = columns.nationality[i]!;
    const slot = ((n < 0 ? nations - 1 : n) * 4 + columns.sex[i]!) * 4 + ageBandCode(columns.birth[i]!, day);
    counts[slot]!++;
  }
  const cells: AggregateCell[] = [];
  for (let slot = 0; slot < counts.length; slot++) {
    if (counts[slot] === 0) continue;
    const n = Math.floor(slot / 16);
    cells.push({
      nationality: n === nations - 1 ? 'unknown' : columns.nationalities[n]!,
      sex: SEX_CODES[Math.floor(slot / 4) % 4]!,
      ageBand: AGE_BANDS[slot % 4]!,
      count: counts[slot]!,
      suppressed: false,
    });
  }
  return cells.sort(
    (a, b) =>
      a.nationality.localeCompare(b.nationality) ||
      a.sex.localeCompare(b.sex) ||
      a.ageBand.localeCompare(b.ageBand),
  );
}

export async function aggregateAreas(
  columns: PeopleColumns,
  areas: readonly CrisisArea[],
  k: number,
  today: Date,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<{ areas: AreaAggregate[]; suppressed: number }> {
  const out: AreaAggregate[] = [];
  let suppressed = 0;
  for (const area of areas) {
    const members = await membersInside(columns, area, ctx);
    const group = {
      cells: countArea(columns, members, today),
      total: members.length,
      totalSuppressed: false,
    };
    suppressed += suppressGroup(group, k) + (group.totalSuppressed ? 1 : 0);
    out.push({ areaId: area.id, areaName: area.name, ...group });
  }
  return { areas: out, suppressed };
}

const HEADER = ['Area', 'Nationality', 'Sex', 'Age band', 'People', 'Suppressed'];
// #affected+ind: individuals counted; personal columns are absent, so nothing here is tagged #contact.
const HXL = [
  '#loc+name',
  '#indicator+nationality',
  '#indicator+sex',
  '#indicator+age',
  '#affected+ind',
  '#meta+suppressed',
];

/** Suppressed counts are left empty (never "<5", which spreadsheets would read as text in a number column). */
export function aggregateTable(aggregates: readonly AreaAggregate[]): Table {
  const rows: Table['rows'] = [];
  for (const a of aggregates) {
    rows.push([
      a.areaName,
      ALL,
      ALL,
      ALL,
      a.totalSuppressed ? null : a.total,
      a.totalSuppressed ? 'yes' : '',
    ]);
    for (const c of a.cells) {
      rows.push([
        a.areaName,
        c.nationality,
        c.sex,
        c.ageBand,
        c.suppressed ? null : c.count,
        c.suppressed ? 'yes' : '',
      ]);
    }
  }
  return { title: 'Aggregated figures', header: HEADER, hxl: HXL, rows };
}

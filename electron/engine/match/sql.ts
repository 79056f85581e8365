// Small sql.js helpers for matching: chunked IN lists (SQLite limits bound parameters) and
// positional row reading without an object per row.
import type { Database, SqlValue } from 'sql.js';

const CHUNK = 500;

/** Runs `sql` (which holds one "(?)" list placeholder written as `IN (#)`) over `values` in chunks. */
export function eachInChunks(
  db: Database,
  sql: string,
  values: readonly SqlValue[],
  onRow: (row: SqlValue[]) => void,
  extra: readonly SqlValue[] = [],
): void {
  for (let k = 0; k < values.length; k += CHUNK) {
    const part = values.slice(k, k + CHUNK);
    const stmt = db.prepare(sql.replace('#', part.map(() => '?').join(',')));
    try {
      stmt.bind([...part, ...extra]);
      while (stmt.step()) onRow(stmt.get());
    } finally {
      stmt.free();
    }
  }
}

export function eachRow(
  db: Database,
  sql: string,
  params: SqlValue[],
  onRow: (row: SqlValue[]) => void,
): void {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    while (stmt.step()) onRow(stmt.get());
  } finally {
    stmt.free();
  }
}

export function scalarOf(db: Database, sql: string, params: SqlValue[] = []): number {
  const v = db.exec(sql, params)[0]?.values[0]?.[0];
  return typeof v === 'number' ? v : 0;
}

/** Binary search in ascending ids: the index of `id`, or -1. */
export function indexOfId(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid]!;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

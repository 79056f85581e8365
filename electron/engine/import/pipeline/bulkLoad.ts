// A large file into a vault that holds few people loads several times faster with the person
// indexes and the name-search triggers out of the way: every row would otherwise update every
// B-tree and the full-text index one key at a time. They are dropped inside the import's
// transaction and rebuilt in bulk before it commits, so a failed or cancelled import rolls back to
// the vault as it was, indexes included.
import type { Database } from 'sql.js';
import { PERSON_FTS_TRIGGER_NAMES, PERSON_FTS_TRIGGERS } from '../../store/migrations/002_import_provenance';

/** Below this many rows, rebuilding costs more than it saves. */
export const BULK_MIN_ROWS = 20_000;

export interface BulkDecision {
  expectedRows: number;
  peopleBefore: number;
  /** Whether the vault already holds records of this source (an update needs the indexes). */
  sourceKnown: boolean;
}

/**
 * Only a new source qualifies: re-importing one matches every row against its earlier records.
 * Rebuilding costs time in proportion to the whole table, so the file must be at least as large
 * as what the vault holds already.
 */
export function shouldBulkLoad(d: BulkDecision): boolean {
  return !d.sourceKnown && d.expectedRows >= BULK_MIN_ROWS && d.expectedRows >= d.peopleBefore;
}

/** What a bulk load took out of the way, to put back before it commits. */
export interface SuspendedIndexes {
  /** The CREATE INDEX statements of every index on the person table, as the schema holds them. */
  indexes: string[];
}

/**
 * Drops every index on the person table (whichever schema step made it) and the name-search
 * triggers; call inside a transaction.
 */
export function suspendPersonIndexes(db: Database): SuspendedIndexes {
  const found = db.exec(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person' AND sql IS NOT NULL`,
  )[0];
  const rows = (found?.values ?? []) as [string, string][];
  for (const [name] of rows) db.run(`DROP INDEX IF EXISTS "${name.replace(/"/g, '""')}"`);
  for (const name of PERSON_FTS_TRIGGER_NAMES) db.run(`DROP TRIGGER IF EXISTS ${name}`);
  return { indexes: rows.map(([, sql]) => sql) };
}

/**
 * Recreates what suspendPersonIndexes dropped and indexes the names of the people from `firstId`
 * on (the rows this import wrote: the triggers were off, and no earlier row changed).
 */
export function restorePersonIndexes(db: Database, firstId: number, suspended: SuspendedIndexes): void {
  for (const sql of suspended.indexes) db.run(sql);
  db.run(
    `INSERT INTO person_name_fts (docid, k, s) SELECT id, name_key, name_skeleton FROM person WHERE id >= ?`,
    [firstId],
  );
  for (const sql of PERSON_FTS_TRIGGERS) db.run(sql);
}

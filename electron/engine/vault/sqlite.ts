// sql.js, loaded once per thread. It keeps the whole database in memory; the vault decides when
// its bytes reach the disk (journal or snapshot), so SQLite's own journal stays in memory.
import initSqlJs from 'sql.js';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import type { NormalizedStatement } from './statementCodec';

let loading: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
  // In Node sql.js finds its .wasm next to its own file.
  loading ??= initSqlJs();
  return loading;
}

/** Connection settings are not stored in the file: applied on every open and after every export. */
export function applyPragmas(db: Database): void {
  db.run('PRAGMA journal_mode = MEMORY');
  db.run('PRAGMA temp_store = MEMORY');
  db.run('PRAGMA foreign_keys = ON');
  // sql.js reads every page not in this cache from its in-memory file through JavaScript: keeping
  // the B-tree's upper levels and recent pages here makes repeated searches several times faster.
  db.run('PRAGMA cache_size = -32768');
}

export function openDatabase(sql: SqlJsStatic, bytes?: Buffer): Database {
  // A Node Buffer is adopted by sql.js without a copy (it then writes into it: callers must not reuse it).
  const db = new sql.Database(bytes ?? null);
  applyPragmas(db);
  return db;
}

export function exportDatabase(db: Database): Uint8Array {
  const bytes = db.export();
  applyPragmas(db);
  return bytes;
}

export function runStatements(db: Database, statements: readonly NormalizedStatement[]): void {
  for (const s of statements) db.run(s.sql, s.params as SqlValue[]);
}

export function queryRows<T>(db: Database, sql: string, params: readonly unknown[] = []): T[] {
  const stmt = db.prepare(sql);
  try {
    if (params.length > 0) stmt.bind(params as SqlValue[]);
    const rows: T[] = [];
    while (stmt.step()) rows.push(stmt.getAsObject() as T);
    return rows;
  } finally {
    stmt.free();
  }
}

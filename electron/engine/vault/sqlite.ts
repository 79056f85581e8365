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

/**
 * The database file's bytes with spare room after them in the same ArrayBuffer. sql.js keeps its
 * file in Emscripten's in-memory file system, which adopts the bytes it is given through `slice()`
 * and treats the adopted array's length as the file's capacity. Given a plaintext of exactly the
 * file's size, the first write that adds a page reallocates the whole file at 1.125× and copies it:
 * at a million people, 1.2 GB copied and 2.5 GB resident for a moment, several seconds, on the first
 * change after every unlock. Handing over the headroom too lets the file grow in place until it is
 * used up. Only `slice(0, length)` of the whole file (what the file system asks) is widened; the file's
 * size stays the plaintext's (a test checks that an exported database is byte for byte the input).
 */
class FileBytesWithHeadroom extends Uint8Array<ArrayBuffer> {
  override slice(start = 0, end = this.length): Uint8Array<ArrayBuffer> {
    if (start !== 0 || end !== this.length) return super.slice(start, end);
    return new Uint8Array(this.buffer, this.byteOffset, this.buffer.byteLength - this.byteOffset);
  }
}

/** Spare room asked for after a decrypted database: an eighth of it (what one growth step adds), at least 4 MiB. */
export function headroomFor(fileBytes: number): number {
  return Math.max(4 * 1024 * 1024, Math.ceil(fileBytes / 8));
}

/**
 * `growInPlace`: `bytes` is a view at the start of an allocation the database may take whole (what
 * decryptChunked returns with headroom). Never for other buffers: a small Node Buffer shares its
 * allocation with unrelated ones, which the database would then write over.
 */
export function openDatabase(sql: SqlJsStatic, bytes?: Buffer, growInPlace = false): Database {
  // A Node Buffer is adopted by sql.js without a copy (it then writes into it: callers must not reuse it).
  const spare =
    growInPlace && bytes !== undefined && bytes.buffer.byteLength > bytes.byteOffset + bytes.length;
  const file = spare
    ? new FileBytesWithHeadroom(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length)
    : bytes;
  const db = new sql.Database(file ?? null);
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

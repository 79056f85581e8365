// The decrypted database is handed to sql.js with room to grow after it (sqlite.ts). These tests pin
// the behaviour of sql.js's in-memory file system that this relies on, so an upgrade that changes it
// fails here rather than corrupting a vault.
import { describe, expect, it } from 'vitest';
import { headroomFor, loadSqlJs, openDatabase } from '../../electron/engine/vault/sqlite';

async function sampleDatabase(rows: number): Promise<Uint8Array> {
  const db = openDatabase(await loadSqlJs());
  db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  db.run('BEGIN');
  for (let i = 0; i < rows; i++) db.run('INSERT INTO t (v) VALUES (?)', [`row ${i} `.repeat(20)]);
  db.run('COMMIT');
  const bytes = db.export();
  db.close();
  return bytes;
}

/** The bytes in a fresh allocation with `spare` bytes after them, as the vault's decryption makes them. */
function withRoom(bytes: Uint8Array, spare: number): Buffer {
  const whole = Buffer.allocUnsafeSlow(bytes.length + spare);
  whole.set(bytes);
  return whole.subarray(0, bytes.length);
}

describe('a database opened with headroom', () => {
  it('has exactly the size and bytes it was given', async () => {
    const bytes = await sampleDatabase(500);
    const db = openDatabase(await loadSqlJs(), withRoom(bytes, 1 << 20), true);
    expect(Buffer.from(db.export()).equals(Buffer.from(bytes))).toBe(true);
    db.close();
  });

  it('grows into the room after it, in place, and reads back what it wrote', async () => {
    const bytes = await sampleDatabase(500);
    const adopted = withRoom(bytes, 4 << 20);
    const db = openDatabase(await loadSqlJs(), adopted, true);
    db.run('BEGIN');
    for (let i = 0; i < 2000; i++) db.run('INSERT INTO t (v) VALUES (?)', [`more ${i} `.repeat(20)]);
    db.run('COMMIT');
    // The file's pages now sit past the original length, in the very allocation handed over.
    const header = Buffer.from(adopted.buffer, 0, 100);
    const pageSize = header.readUInt16BE(16);
    const pages = header.readUInt32BE(28);
    expect(pages * pageSize).toBeGreaterThan(bytes.length);
    expect(pages * pageSize).toBeLessThanOrEqual(adopted.buffer.byteLength);
    expect(db.exec('SELECT count(*) FROM t')[0]?.values[0]?.[0]).toBe(2500);
    const exported = db.export();
    expect(exported.length).toBe(pages * pageSize);
    // Every page, the new ones too, was written into the allocation itself: nothing was moved. (The
    // first 100 bytes, SQLite's file header, hold counters that closing for the export updates.)
    const inPlace = Buffer.from(adopted.buffer, 100, exported.length - 100);
    expect(inPlace.equals(Buffer.from(exported).subarray(100))).toBe(true);
    db.close();
    const again = openDatabase(await loadSqlJs(), Buffer.from(exported));
    expect(again.exec('PRAGMA integrity_check')[0]?.values[0]?.[0]).toBe('ok');
    again.close();
  });

  it('reserves an eighth of a big file and at least 4 MiB', () => {
    expect(headroomFor(1000)).toBe(4 * 1024 * 1024);
    expect(headroomFor(800 * 1024 * 1024)).toBe(100 * 1024 * 1024);
  });
});

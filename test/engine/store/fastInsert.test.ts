import { describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../../electron/engine/vault/sqlite';
import { prepareInserter, type InsertValue } from '../../../electron/engine/store/fastInsert';

async function table() {
  const sql = await loadSqlJs();
  const db = new sql.Database();
  db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, n NUMERIC, r REAL, u TEXT UNIQUE)');
  return { sql, db };
}

const INSERT = 'INSERT INTO t (id, a, b, n, r, u) VALUES (?, ?, ?, ?, ?, ?)';

const ROWS: InsertValue[][] = [
  [1, 'Mohamed EL-HASSAN', null, 42, 33.8938, 'x1'],
  [2, 'محمد الحسن', 'Ñandú Çağlar', -7, -0.5, 'x2'],
  [3, '', 'emoji 👩‍👩‍👧 and \u{10FFFF}', 3_000_000_000, 1e-300, null],
  [4, 'x'.repeat(200_000), 'é'.repeat(70_000), 0, null, 'x4'],
  [5, null, null, null, null, null],
  [2_147_483_648, '=cmd|x', "it's", -2_147_483_649, Number.MAX_SAFE_INTEGER, 'x6'],
];

describe('prepareInserter', () => {
  it('finds the native statement of this sql.js and takes the fast path', async () => {
    const { sql, db } = await table();
    const inserter = prepareInserter(sql, db, INSERT);
    expect(inserter.fast).toBe(true);
    inserter.free();
  });

  it('stores exactly what sql.js own binding stores, for every kind of value', async () => {
    const fast = await table();
    const plain = await table();
    const inserter = prepareInserter(fast.sql, fast.db, INSERT);
    const statement = plain.db.prepare(INSERT);
    for (const row of ROWS) {
      inserter.run(row);
      statement.run(row);
    }
    inserter.free();
    statement.free();
    const dump = (db: typeof fast.db) =>
      db.exec('SELECT id, a, b, typeof(n), n, typeof(r), r, u, length(a), length(b) FROM t ORDER BY id')[0]
        ?.values;
    expect(dump(fast.db)).toEqual(dump(plain.db));
    expect(fast.db.exec('SELECT b FROM t WHERE id = 2')[0]?.values[0]?.[0]).toBe('Ñandú Çağlar');
  });

  it('raises SQLite own error for a row the table refuses, and stays usable', async () => {
    const { sql, db } = await table();
    const inserter = prepareInserter(sql, db, INSERT);
    inserter.run([1, 'a', null, null, null, 'same']);
    expect(() => inserter.run([2, 'b', null, null, null, 'same'])).toThrow(/UNIQUE constraint failed/);
    inserter.run([3, 'c', null, null, null, 'other']);
    expect(db.exec('SELECT group_concat(a) FROM t')[0]?.values[0]?.[0]).toBe('a,c');
    inserter.free();
  });

  it('leaves no value of one row in the next', async () => {
    const { sql, db } = await table();
    const inserter = prepareInserter(sql, db, INSERT);
    inserter.run([1, 'first', 'second', 1, 1.5, 'u1']);
    inserter.run([2, null, null, null, null, null]);
    inserter.free();
    expect(db.exec('SELECT a, b, n, r, u FROM t WHERE id = 2')[0]?.values[0]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

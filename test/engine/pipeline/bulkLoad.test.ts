// A large import drops the person indexes and name-search triggers and rebuilds them: afterwards
// (or after a rollback) the vault must search and index exactly as if they had never left.
import { describe, expect, it } from 'vitest';
import {
  BULK_MIN_ROWS,
  restorePersonIndexes,
  shouldBulkLoad,
  suspendPersonIndexes,
} from '../../../electron/engine/import/pipeline/bulkLoad';
import { PERSON_FTS_TRIGGER_NAMES } from '../../../electron/engine/store/migrations/002_import_provenance';
import type { Vault } from '../../../electron/engine/vault/vault';
import { newVault } from '../helpers';

const AT = '2026-01-01T00:00:00.000Z';

function schemaNames(vault: Vault, type: 'index' | 'trigger'): string[] {
  return vault
    .query<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = ? AND tbl_name = 'person'`, [type])
    .map((r) => r.name);
}

function nameMatches(vault: Vault, term: string): number[] {
  return vault
    .query<{ docid: number }>(
      'SELECT docid FROM person_name_fts WHERE person_name_fts MATCH ? ORDER BY docid',
      [term],
    )
    .map((r) => r.docid);
}

const insertSql = `INSERT INTO person (full_name, name_key, name_skeleton, passport_no, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?)`;

describe('bulk loading the person table', () => {
  it('loads only a large file of a new source into a vault no larger than the file', () => {
    const big = BULK_MIN_ROWS;
    expect(shouldBulkLoad({ expectedRows: big, peopleBefore: 0, sourceKnown: false })).toBe(true);
    expect(shouldBulkLoad({ expectedRows: big - 1, peopleBefore: 0, sourceKnown: false })).toBe(false);
    expect(shouldBulkLoad({ expectedRows: big, peopleBefore: big + 1, sourceKnown: false })).toBe(false);
    expect(shouldBulkLoad({ expectedRows: big * 10, peopleBefore: 0, sourceKnown: true })).toBe(false);
  });

  it('rebuilds every index and the name search for new rows, and keeps the earlier ones', async () => {
    const { vault } = await newVault();
    await vault.mutate([
      { sql: insertSql, params: ['Old Person', 'old person', 'ld prsn', 'P0000001', AT, AT] },
    ]);
    const indexes = schemaNames(vault, 'index').sort();
    // Indexes made by several schema steps (2, 3 and 6): the load sets aside whichever exist.
    expect(indexes).toEqual(
      expect.arrayContaining([
        'person_passport',
        'person_updated_at',
        'person_phone_name',
        'person_national_id',
      ]),
    );

    await vault.bulk((db) => {
      const suspended = suspendPersonIndexes(db);
      const left = db.exec(
        `SELECT count(*) FROM sqlite_master WHERE tbl_name = 'person' AND type <> 'table'`,
      )[0]?.values[0]?.[0];
      expect(left).toBe(0);
      db.run(insertSql, ['Rania Haddad', 'rania haddad', 'rn hdd', 'P1234567', AT, AT]);
      db.run(insertSql, ['Samir Khoury', 'samir khoury', 'smr khr', 'P7654321', AT, AT]);
      restorePersonIndexes(db, 2, suspended);
    });

    expect(schemaNames(vault, 'index').sort()).toEqual(indexes);
    expect(schemaNames(vault, 'trigger').sort()).toEqual([...PERSON_FTS_TRIGGER_NAMES].sort());
    expect(nameMatches(vault, 'k:old*')).toEqual([1]);
    expect(nameMatches(vault, 'k:haddad*')).toEqual([2]);
    expect(nameMatches(vault, 's:khr*')).toEqual([3]);
    const plan = vault.query<{ detail: string }>(
      'EXPLAIN QUERY PLAN SELECT id FROM person WHERE passport_no = ?',
      ['P1234567'],
    );
    expect(plan.map((p) => p.detail).join()).toContain('person_passport');

    // The triggers are live again: an edit reaches the name search.
    await vault.mutate([{ sql: `UPDATE person SET name_key = 'rania nassar' WHERE id = 2`, params: [] }]);
    expect(nameMatches(vault, 'k:nassar*')).toEqual([2]);
    await vault.close();
  });

  it('a load that fails leaves the indexes and triggers in place', async () => {
    const { vault } = await newVault();
    const before = [...schemaNames(vault, 'index'), ...schemaNames(vault, 'trigger')].sort();
    await expect(
      vault.bulk((db) => {
        suspendPersonIndexes(db);
        db.run(insertSql, ['Rania Haddad', 'rania haddad', 'rn hdd', null, AT, AT]);
        throw new Error('cancelled');
      }),
    ).rejects.toThrow('cancelled');
    expect([...schemaNames(vault, 'index'), ...schemaNames(vault, 'trigger')].sort()).toEqual(before);
    expect(vault.query('SELECT id FROM person')).toHaveLength(0);
    await vault.close();
  });
});

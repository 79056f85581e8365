import { describe, expect, it } from 'vitest';
import type { Migration } from '../../electron/engine/store/migrations';
import { MIGRATIONS } from '../../electron/engine/store/migrations';
import { applyMigrations, schemaVersion } from '../../electron/engine/store/migrate';
import { loadSqlJs, openDatabase } from '../../electron/engine/vault/sqlite';
import { Vault } from '../../electron/engine/vault/vault';
import { PASSPHRASE, codeOf, newVault } from './helpers';

function recording(log: string[], count: number): Migration[] {
  return Array.from({ length: count }, (_, i) => ({
    version: i + 1,
    name: `step${i + 1}`,
    up(db) {
      log.push(`step${i + 1}`);
      db.run(`CREATE TABLE t${i + 1} (x)`);
    },
  }));
}

describe('migrations', () => {
  it('apply in order, only the pending ones', async () => {
    const db = openDatabase(await loadSqlJs());
    const log: string[] = [];
    expect(applyMigrations(db, recording(log, 2))).toBe(2);
    expect(applyMigrations(db, recording(log, 4))).toBe(2);
    expect(log).toEqual(['step1', 'step2', 'step3', 'step4']);
    expect(schemaVersion(db)).toBe(4);
    db.close();
  });

  it('a failing step leaves the schema at the step before', async () => {
    const db = openDatabase(await loadSqlJs());
    const steps: Migration[] = [
      ...recording([], 1),
      {
        version: 2,
        name: 'broken',
        up(d) {
          d.run('CREATE TABLE half (x)');
          d.run('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => applyMigrations(db, steps)).toThrow(/schema 2/);
    expect(schemaVersion(db)).toBe(1);
    expect(db.exec("SELECT name FROM sqlite_master WHERE name = 'half'")).toEqual([]);
    db.close();
  });

  it('refuses a database newer than the code, and an out-of-order list', async () => {
    const db = openDatabase(await loadSqlJs());
    db.run(`PRAGMA user_version = ${MIGRATIONS.length + 1}`);
    expect(() => applyMigrations(db, MIGRATIONS)).toThrow(/newer Muster/);
    db.close();
    const fresh = openDatabase(await loadSqlJs());
    expect(() => applyMigrations(fresh, recording([], 2).reverse())).toThrow(/out of order/);
    fresh.close();
  });

  it('an older vault is migrated at open and checkpointed; a newer one is refused', async () => {
    const { vault, path } = await newVault();
    await vault.close();
    const extra: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'add',
      up: (db) => db.run('ALTER TABLE person ADD COLUMN note TEXT'),
    };
    const upgraded = await Vault.open(path, PASSPHRASE, { migrations: [...MIGRATIONS, extra] });
    expect(upgraded.info()).toMatchObject({ schemaVersion: MIGRATIONS.length + 1, generation: 2 });
    upgraded.db.run('PRAGMA user_version = 99');
    await upgraded.save();
    await upgraded.close();
    expect(await codeOf(() => Vault.open(path, PASSPHRASE))).toBe('UNSUPPORTED_VERSION');
  });
});

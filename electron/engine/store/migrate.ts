// Brings a database's schema up to date, one numbered step at a time, each in its own transaction.
import type { Database } from 'sql.js';
import { MusterError } from '../../../shared/errors';
import type { Migration } from './migrations';

export function schemaVersion(db: Database): number {
  const row = db.exec('PRAGMA user_version')[0]?.values[0]?.[0];
  return typeof row === 'number' ? row : 0;
}

function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order at step ${i + 1}`);
  });
}

/** A vault written by a newer Muster may hold tables this code would misread or damage. */
export function assertSchemaSupported(db: Database, migrations: readonly Migration[]): void {
  const version = schemaVersion(db);
  if (version > migrations.length) {
    throw new MusterError(
      'UNSUPPORTED_VERSION',
      `This vault was written by a newer Muster (schema ${version}); update Muster to open it.`,
    );
  }
}

export function pendingMigrations(db: Database, migrations: readonly Migration[]): Migration[] {
  checkSequence(migrations);
  assertSchemaSupported(db, migrations);
  return migrations.slice(schemaVersion(db));
}

/** Applies the pending steps; returns how many ran. A failing step leaves the schema at the step before. */
export function applyMigrations(
  db: Database,
  migrations: readonly Migration[],
  onStep?: (done: number, total: number) => void,
): number {
  const pending = pendingMigrations(db, migrations);
  pending.forEach((m, i) => {
    db.run('BEGIN');
    try {
      m.up(db);
      db.run(`PRAGMA user_version = ${m.version}`);
      db.run('COMMIT');
    } catch (e) {
      db.run('ROLLBACK');
      throw new MusterError(
        'INTERNAL',
        `Upgrading the vault to schema ${m.version} failed; the vault was not changed.`,
        {
          cause: e,
        },
      );
    }
    onStep?.(i + 1, pending.length);
  });
  return pending.length;
}

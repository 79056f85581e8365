import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../electron/engine/vault/vault';
import { LATEST_SCHEMA_VERSION } from '../../electron/engine/store/migrations';
import { CHEAP_KDF, PASSPHRASE, codeOf, insertPerson, names, newVault, tempDir } from './helpers';

describe('vault lifecycle', () => {
  it('round-trips data through create, close and open', async () => {
    const { vault, path } = await newVault();
    await vault.mutate([insertPerson('Ana Santos'), insertPerson('Ali Khan')]);
    expect(vault.info()).toMatchObject({
      generation: 1,
      schemaVersion: LATEST_SCHEMA_VERSION,
      journalRecords: 1,
      counts: { people: 2 },
    });
    const keys = Reflect.get(vault, 'keys') as Record<string, Buffer>;
    expect(Object.values(keys).every((k) => k.some((b) => b !== 0))).toBe(true);
    await vault.close();
    expect(() => vault.query('SELECT 1')).toThrow(/locked/i);
    // The keys are wiped, not merely dropped.
    expect(Object.values(keys).map((k) => k.every((b) => b === 0))).toEqual([true, true, true]);

    const again = await Vault.open(path, PASSPHRASE);
    expect(names(again)).toEqual(['Ana Santos', 'Ali Khan']);
    expect(again.info().kdf).toEqual(CHEAP_KDF);
    await again.close();
  });

  it('save starts a new generation, empties the journal and keeps the previous one as .bak', async () => {
    const { vault, path } = await newVault();
    await vault.mutate([insertPerson('First')]);
    await vault.save();
    await vault.mutate([insertPerson('Second')]);
    await vault.save();
    expect(vault.info()).toMatchObject({ generation: 3, journalRecords: 0 });
    await vault.close();

    const backup = await Vault.open(`${path}.bak`, PASSPHRASE, { readOnly: true });
    expect(backup.info().generation).toBe(2);
    expect(names(backup)).toEqual(['First']);
    await backup.close();
    const current = await Vault.open(path, PASSPHRASE, { readOnly: true });
    expect(names(current)).toEqual(['First', 'Second']);
    await current.close();
  });

  it('changes the passphrase: the old one no longer opens the vault or its backup', async () => {
    const { vault, path } = await newVault();
    await vault.mutate([insertPerson('Kept')]);
    await vault.save();
    expect(await codeOf(() => vault.changePassphrase('not the passphrase', 'a brand new passphrase'))).toBe(
      'WRONG_PASSPHRASE',
    );
    await vault.changePassphrase(PASSPHRASE, 'a brand new passphrase');
    await vault.mutate([insertPerson('After change')]);
    await vault.close();

    expect(await codeOf(() => Vault.open(path, PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    expect(await codeOf(() => Vault.open(`${path}.bak`, PASSPHRASE, { readOnly: true }))).toBe(
      'WRONG_PASSPHRASE',
    );
    const reopened = await Vault.open(path, 'a brand new passphrase');
    expect(names(reopened)).toEqual(['Kept', 'After change']);
    await reopened.close();
  });

  it('treats a passphrase typed with decomposed accents like the composed one (NFC)', async () => {
    const composed = 'caf\u00e9 na\u00efve passphrase';
    const decomposed = 'cafe\u0301 nai\u0308ve passphrase';
    expect(composed).not.toBe(decomposed);
    const { vault, path } = await newVault('nfc.muster', composed);
    await vault.close();
    const opened = await Vault.open(path, decomposed);
    await opened.close();
  });

  it('opens read-only without a lock or any write, and refuses changes', async () => {
    const { vault, path, dir } = await newVault();
    await vault.mutate([insertPerson('Reader')]);
    await vault.close();
    const listing = readdirSync(dir).sort();
    const bytes = readFileSync(path);

    const reader = await Vault.open(path, PASSPHRASE, { readOnly: true });
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(names(reader)).toEqual(['Reader']);
    expect(await codeOf(() => reader.mutate([insertPerson('Nope')]))).toBe('FORBIDDEN');
    expect(await codeOf(() => reader.save())).toBe('FORBIDDEN');
    await reader.close();
    expect(readdirSync(dir).sort()).toEqual(listing);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('bulk commits and saves, or rolls everything back on a throw', async () => {
    const { vault, path } = await newVault();
    const inserted = await vault.bulk((db) => {
      for (let i = 0; i < 500; i++)
        db.run('INSERT INTO person (full_name, created_at, updated_at) VALUES (?, ?, ?)', [
          `P${i}`,
          't',
          't',
        ]);
      return 500;
    });
    expect(inserted).toBe(500);
    expect(vault.info()).toMatchObject({ generation: 2, journalRecords: 0, counts: { people: 500 } });

    await expect(
      vault.bulk((db) => {
        db.run('DELETE FROM person');
        throw new Error('import aborted');
      }),
    ).rejects.toThrow('import aborted');
    expect(vault.info().counts.people).toBe(500);
    await vault.mutate([insertPerson('After bulk')]);
    await vault.close();

    const reopened = await Vault.open(path, PASSPHRASE);
    expect(reopened.info().counts.people).toBe(501);
    await reopened.close();
  });

  it('rolls back a change whose statements fail, leaving nothing in the journal', async () => {
    const { vault, path } = await newVault();
    await expect(
      vault.mutate([insertPerson('Half'), { sql: 'INSERT INTO nowhere VALUES (1)' }]),
    ).rejects.toThrow();
    expect(vault.info()).toMatchObject({ journalRecords: 0, counts: { people: 0 } });
    await vault.close();
    const reopened = await Vault.open(path, PASSPHRASE);
    expect(reopened.info().counts.people).toBe(0);
    await reopened.close();
  });

  it('journals every SQLite value type exactly', async () => {
    const { vault, path } = await newVault();
    const blob = new Uint8Array([0, 1, 2, 250, 255]);
    await vault.mutate([
      { sql: 'CREATE TABLE kinds (t TEXT, i INTEGER, r REAL, b BLOB, n)' },
      { sql: 'INSERT INTO kinds VALUES (?, ?, ?, ?, ?)', params: ['Ω text', 42, 0.1, blob, null] },
    ]);
    await vault.close();
    const reopened = await Vault.open(path, PASSPHRASE);
    const [row] = reopened.query<{ t: string; i: number; r: number; b: Uint8Array; n: null }>(
      'SELECT * FROM kinds',
    );
    expect(row).toEqual({ t: 'Ω text', i: 42, r: 0.1, b: blob, n: null });
    await reopened.close();
  });

  it('refuses to create over an existing file, leaving it untouched', async () => {
    const dir = tempDir();
    const path = join(dir, 'taken.muster');
    writeFileSync(path, 'precious');
    expect(await codeOf(() => Vault.create(path, PASSPHRASE, { kdf: CHEAP_KDF }))).toBe('VAULT_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['taken.muster']);
  });

  it('refuses an empty passphrase, a missing folder and a folder under /proc', async () => {
    const dir = tempDir();
    expect(await codeOf(() => Vault.create(join(dir, 'e.muster'), '', { kdf: CHEAP_KDF }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      await codeOf(() => Vault.create(join(dir, 'no', 'x.muster'), PASSPHRASE, { kdf: CHEAP_KDF })),
    ).toBe('NOT_FOUND');
    const proc = await codeOf(() => Vault.create('/proc/muster-test.muster', PASSPHRASE, { kdf: CHEAP_KDF }));
    expect(['NOT_WRITABLE', 'NOT_FOUND']).toContain(proc);
    expect(readdirSync(dir)).toEqual([]);
  });
});

// The journal: acknowledged changes survive without a save; a torn tail is recovered; damage in
// the middle is refused; a journal the snapshot already contains is ignored.
import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../electron/engine/vault/vault';
import type { FsLayer } from '../../electron/engine/vault/fsLayer';
import {
  PASSPHRASE,
  codeOf,
  errno,
  expectSameFolder,
  folderSnapshot,
  insertPerson,
  names,
  newVault,
} from './helpers';

/** Offsets where each record starts, read from the journal's length fields. */
function recordOffsets(journal: Buffer): number[] {
  let pos = 12 + journal.readUInt32BE(8) + 32;
  const offsets: number[] = [];
  while (pos < journal.length) {
    offsets.push(pos);
    pos += 24 + journal.readUInt32BE(pos);
  }
  return offsets;
}

async function vaultWithChanges(count: number) {
  const made = await newVault();
  for (let i = 1; i <= count; i++) await made.vault.mutate([insertPerson(`Person ${i}`)]);
  await made.vault.close();
  return { ...made, journalPath: `${made.path}.journal` };
}

describe('vault journal', () => {
  it('replays acknowledged changes that were never saved into a snapshot', async () => {
    const { path } = await vaultWithChanges(5);
    const vault = await Vault.open(path, PASSPHRASE);
    expect(names(vault)).toEqual(['Person 1', 'Person 2', 'Person 3', 'Person 4', 'Person 5']);
    expect(vault.info()).toMatchObject({ generation: 1, journalRecords: 5 });
    expect(vault.info().recoveredTornJournal).toBeUndefined();
    await vault.close();
  });

  it('ignores a torn final record, reports it, and cuts it off before the next append', async () => {
    for (const cut of [1, 5, 30]) {
      const { path, journalPath } = await vaultWithChanges(3);
      const size = readFileSync(journalPath).length;
      truncateSync(journalPath, size - cut);

      const vault = await Vault.open(path, PASSPHRASE);
      expect(names(vault)).toEqual(['Person 1', 'Person 2']);
      expect(vault.info()).toMatchObject({ journalRecords: 2, recoveredTornJournal: true });
      await vault.mutate([insertPerson('After recovery')]);
      await vault.close();

      const again = await Vault.open(path, PASSPHRASE);
      expect(names(again)).toEqual(['Person 1', 'Person 2', 'After recovery']);
      expect(again.info().recoveredTornJournal).toBeUndefined();
      await again.close();
    }
  });

  it('treats a complete but unauthentic last record, or zeros after it, as torn', async () => {
    const { path, journalPath } = await vaultWithChanges(3);
    const bytes = readFileSync(journalPath);
    const last = recordOffsets(bytes).at(-1) as number;
    bytes[last + 30] = (bytes[last + 30] as number) ^ 0x40;
    writeFileSync(journalPath, Buffer.concat([bytes, Buffer.alloc(4096)]));
    const vault = await Vault.open(path, PASSPHRASE, { readOnly: true });
    expect(names(vault)).toEqual(['Person 1', 'Person 2']);
    expect(vault.info().recoveredTornJournal).toBe(true);
    await vault.close();
  });

  it('refuses a damaged record followed by good ones (JOURNAL_DAMAGED), changing nothing', async () => {
    for (const where of ['ciphertext', 'length', 'sequence'] as const) {
      const { path, dir, journalPath } = await vaultWithChanges(4);
      const bytes = readFileSync(journalPath);
      const second = recordOffsets(bytes)[1] as number;
      const at = where === 'length' ? second + 1 : where === 'sequence' ? second + 11 : second + 40;
      bytes[at] = (bytes[at] as number) ^ 0x10;
      writeFileSync(journalPath, bytes);
      const before = folderSnapshot(dir);
      expect({ where, code: await codeOf(() => Vault.open(path, PASSPHRASE)) }).toEqual({
        where,
        code: 'JOURNAL_DAMAGED',
      });
      expectSameFolder(before, folderSnapshot(dir));
    }
  });

  it('refuses records swapped into another order', async () => {
    const { path, journalPath } = await vaultWithChanges(3);
    const bytes = readFileSync(journalPath);
    const [a, b, c] = recordOffsets(bytes) as [number, number, number];
    writeFileSync(
      journalPath,
      Buffer.concat([bytes.subarray(0, a), bytes.subarray(b, c), bytes.subarray(a, b), bytes.subarray(c)]),
    );
    expect(await codeOf(() => Vault.open(path, PASSPHRASE))).toBe('JOURNAL_DAMAGED');
  });

  it('ignores a journal of an older generation: the snapshot already holds its changes', async () => {
    const { path, journalPath } = await vaultWithChanges(2);
    const stale = `${journalPath}.old`;
    copyFileSync(journalPath, stale);
    const vault = await Vault.open(path, PASSPHRASE);
    await vault.save();
    await vault.close();
    // As after a crash between writing the new snapshot and starting its journal.
    copyFileSync(stale, journalPath);
    const reopened = await Vault.open(path, PASSPHRASE);
    expect(names(reopened)).toEqual(['Person 1', 'Person 2']);
    expect(reopened.info()).toMatchObject({ generation: 2, journalRecords: 0 });
    await reopened.mutate([insertPerson('Person 3')]);
    await reopened.close();
    const last = await Vault.open(path, PASSPHRASE);
    expect(names(last)).toEqual(['Person 1', 'Person 2', 'Person 3']);
    await last.close();
  });

  it("refuses another vault's journal and a journal newer than the vault file", async () => {
    const one = await vaultWithChanges(1);
    const two = await vaultWithChanges(1);
    copyFileSync(two.journalPath, one.journalPath);
    expect(await codeOf(() => Vault.open(one.path, PASSPHRASE))).toBe('JOURNAL_DAMAGED');

    const three = await vaultWithChanges(1);
    const oldSnapshot = readFileSync(three.path);
    const vault = await Vault.open(three.path, PASSPHRASE);
    await vault.save();
    await vault.mutate([insertPerson('Newer')]);
    await vault.close();
    writeFileSync(three.path, oldSnapshot);
    const message = await Vault.open(three.path, PASSPHRASE).catch((e: Error) => e.message);
    expect(message).toMatch(/newer than the vault file/);
  });

  it('a change whose journal write fails is rolled back and reported; the next one works', async () => {
    let failSync = false;
    const fs: FsLayer = {
      ...nodeFs,
      fdatasyncSync: (fd) => {
        if (failSync) throw errno('EIO');
        nodeFs.fdatasyncSync(fd);
      },
    };
    const made = await newVault();
    await made.vault.close();
    const vault = await Vault.open(made.path, PASSPHRASE, { fs });
    await vault.mutate([insertPerson('Before')]);
    failSync = true;
    expect(await codeOf(() => vault.mutate([insertPerson('Lost')]))).toBe('IO_ERROR');
    expect(names(vault)).toEqual(['Before']);
    failSync = false;
    await vault.mutate([insertPerson('After')]);
    await vault.close();
    const reopened = await Vault.open(made.path, PASSPHRASE);
    expect(names(reopened)).toEqual(['Before', 'After']);
    expect(reopened.info().recoveredTornJournal).toBeUndefined();
    await reopened.close();
  });

  it('folds a long journal into a new snapshot automatically, by record count or by size', async () => {
    const made = await newVault();
    await made.vault.close();
    const vault = await Vault.open(made.path, PASSPHRASE, {
      checkpointAfter: { records: 50, bytes: 20_000 },
    });
    for (let i = 0; i < 49; i++) await vault.mutate([insertPerson(`P${i}`)]);
    expect(vault.info()).toMatchObject({ generation: 1, journalRecords: 49 });
    await vault.mutate([insertPerson('P49')]);
    expect(vault.info()).toMatchObject({ generation: 2, journalRecords: 0 });
    await vault.mutate([insertPerson('x'.repeat(30_000))]);
    expect(vault.info()).toMatchObject({ generation: 3, journalRecords: 0, counts: { people: 51 } });
    await vault.close();
    const reopened = await Vault.open(made.path, PASSPHRASE);
    expect(reopened.info().counts.people).toBe(51);
    await reopened.close();
  });
});

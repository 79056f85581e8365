// Failures of the disk and of the folder, injected through the file-system seam (tests run as
// root, so permissions cannot produce them for real).
import * as nodeFs from 'node:fs';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FsLayer } from '../../electron/engine/vault/fsLayer';
import { Vault } from '../../electron/engine/vault/vault';
import { CHEAP_KDF, PASSPHRASE, codeOf, errno, insertPerson, names, newVault, tempDir } from './helpers';

/** A file system whose writes to temporary files fail with `code` once `armed` is set. */
function failingTempWrites(code: string) {
  const state = { armed: false, tempsOpened: [] as string[] };
  const tempFds = new Set<number>();
  const fs: FsLayer = {
    ...nodeFs,
    openSync: ((path: nodeFs.PathLike, flags?: nodeFs.OpenMode, mode?: nodeFs.Mode) => {
      const fd = nodeFs.openSync(path, flags ?? 'r', mode);
      if (String(path).endsWith('.tmp')) {
        tempFds.add(fd);
        state.tempsOpened.push(String(path));
      }
      return fd;
    }) as FsLayer['openSync'],
    writeSync: ((fd: number, ...rest: unknown[]) => {
      if (state.armed && tempFds.has(fd)) throw errno(code);
      return (nodeFs.writeSync as (...a: unknown[]) => number)(fd, ...rest);
    }) as FsLayer['writeSync'],
    closeSync: (fd) => {
      tempFds.delete(fd);
      nodeFs.closeSync(fd);
    },
  };
  return { fs, state };
}

describe('vault under disk and folder failures', () => {
  it('a full disk during save leaves the previous vault intact, removes the temporary file, and loses nothing', async () => {
    const { fs, state } = failingTempWrites('ENOSPC');
    const dir = tempDir();
    const path = join(dir, 'full.muster');
    const vault = await Vault.create(path, PASSPHRASE, { kdf: CHEAP_KDF, fs });
    await vault.mutate([insertPerson('Saved')]);
    await vault.save();
    await vault.mutate([insertPerson('Journalled')]);
    const before = readFileSync(path);
    const listing = readdirSync(dir).sort();

    state.armed = true;
    const error = await vault.save().catch((e: Error & { code: string }) => e);
    expect(error).toMatchObject({ code: 'DISK_FULL' });
    expect(error instanceof Error && error.message).toMatch(/disk is full/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(listing);
    expect(state.tempsOpened.length).toBeGreaterThan(0);

    // The journal still works, and later the save goes through.
    await vault.mutate([insertPerson('While full')]);
    state.armed = false;
    await vault.close();
    const reopened = await Vault.open(path, PASSPHRASE);
    expect(names(reopened)).toEqual(['Saved', 'Journalled', 'While full']);
    await reopened.save();
    await reopened.close();
  });

  it('a bulk load whose save fails is written by the next successful save, never journalled on top', async () => {
    const { fs, state } = failingTempWrites('ENOSPC');
    const made = await newVault();
    await made.vault.close();
    const vault = await Vault.open(made.path, PASSPHRASE, { fs });
    state.armed = true;
    const code = await codeOf(() =>
      vault.bulk((db) =>
        db.run("INSERT INTO person (full_name, created_at, updated_at) VALUES ('Bulk', 't', 't')"),
      ),
    );
    expect(code).toBe('DISK_FULL');
    expect(await codeOf(() => vault.mutate([insertPerson('Next')]))).toBe('DISK_FULL');
    state.armed = false;
    await vault.mutate([insertPerson('Next')]);
    await vault.close();
    const reopened = await Vault.open(made.path, PASSPHRASE);
    expect(names(reopened)).toEqual(['Bulk', 'Next']);
    await reopened.close();
  });

  it('a full disk while creating leaves no file behind', async () => {
    const { fs, state } = failingTempWrites('ENOSPC');
    state.armed = true;
    const dir = tempDir();
    expect(
      await codeOf(() => Vault.create(join(dir, 'new.muster'), PASSPHRASE, { kdf: CHEAP_KDF, fs })),
    ).toBe('DISK_FULL');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a read-only folder → NOT_WRITABLE, for create and for a writable open', async () => {
    const readOnly: FsLayer = {
      ...nodeFs,
      openSync: ((path: nodeFs.PathLike, flags?: nodeFs.OpenMode, mode?: nodeFs.Mode) => {
        if (flags !== 'r') throw errno('EROFS');
        return nodeFs.openSync(path, flags ?? 'r', mode);
      }) as FsLayer['openSync'],
    };
    const dir = tempDir();
    expect(
      await codeOf(() => Vault.create(join(dir, 'ro.muster'), PASSPHRASE, { kdf: CHEAP_KDF, fs: readOnly })),
    ).toBe('NOT_WRITABLE');
    expect(readdirSync(dir)).toEqual([]);
    const { vault, path } = await newVault();
    await vault.close();
    expect(await codeOf(() => Vault.open(path, PASSPHRASE, { fs: readOnly }))).toBe('NOT_WRITABLE');
    const reader = await Vault.open(path, PASSPHRASE, { fs: readOnly, readOnly: true });
    await reader.close();
  });

  it('an unreadable vault file → IO_ERROR naming the permission problem', async () => {
    const { vault, path } = await newVault();
    await vault.close();
    const denied: FsLayer = {
      ...nodeFs,
      openSync: (() => {
        throw errno('EACCES');
      }) as FsLayer['openSync'],
    };
    const error = await Vault.open(path, PASSPHRASE, { fs: denied }).catch(
      (e: Error & { code: string }) => e,
    );
    expect(error).toMatchObject({ code: 'IO_ERROR' });
    expect((error as Error).message).toMatch(/permission denied/);
  });
});

describe('the write lock', () => {
  it('lets one writer in, refuses a second, allows readers, and is released on close', async () => {
    const { vault, path } = await newVault();
    expect(await codeOf(() => Vault.open(path, PASSPHRASE))).toBe('VAULT_LOCKED_BY_OTHER');
    const reader = await Vault.open(path, PASSPHRASE, { readOnly: true });
    await reader.close();
    await vault.close();
    expect(readdirSync(join(path, '..'))).not.toContain('test.muster.lock');
    const second = await Vault.open(path, PASSPHRASE);
    await second.close();
  });

  it('takes over the lock of a dead process on this machine, but not one from another machine', async () => {
    const { vault, path } = await newVault();
    await vault.close();
    const lockPath = `${path}.lock`;
    // A pid far above any in use on this machine.
    writeFileSync(
      lockPath,
      JSON.stringify({ pid: 2 ** 22 + 12345, hostname: hostname(), token: 'x', createdAt: '' }),
    );
    const taken = await Vault.open(path, PASSPHRASE);
    expect(JSON.parse(readFileSync(lockPath, 'utf8')).pid).toBe(process.pid);
    await taken.close();

    writeFileSync(
      lockPath,
      JSON.stringify({ pid: 1, hostname: 'another-laptop', token: 'y', createdAt: '' }),
    );
    expect(await codeOf(() => Vault.open(path, PASSPHRASE))).toBe('VAULT_LOCKED_BY_OTHER');
    expect(JSON.parse(readFileSync(lockPath, 'utf8')).hostname).toBe('another-laptop');
  });

  it('takes over a lock of another thread of this process only when told it is the sole engine', async () => {
    const { vault, path } = await newVault();
    await vault.close();
    const lockPath = `${path}.lock`;
    const left = JSON.stringify({
      pid: process.pid,
      threadId: 987,
      hostname: hostname(),
      token: 'z',
      createdAt: '',
    });
    writeFileSync(lockPath, left);
    expect(await codeOf(() => Vault.open(path, PASSPHRASE))).toBe('VAULT_LOCKED_BY_OTHER');
    const taken = await Vault.open(path, PASSPHRASE, { reclaimLocksFromOtherThreads: true });
    expect(readFileSync(lockPath, 'utf8')).not.toBe(left);
    // The same thread's own lock is never taken over, whatever the option.
    expect(await codeOf(() => Vault.open(path, PASSPHRASE, { reclaimLocksFromOtherThreads: true }))).toBe(
      'VAULT_LOCKED_BY_OTHER',
    );
    await taken.close();
  });

  it('does not take the lock when the passphrase is wrong', async () => {
    const { vault, path } = await newVault();
    await vault.close();
    expect(await codeOf(() => Vault.open(path, 'wrong wrong wrong'))).toBe('WRONG_PASSPHRASE');
    expect(readdirSync(join(path, '..'))).not.toContain('test.muster.lock');
  });
});

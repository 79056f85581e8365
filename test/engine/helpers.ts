// Shared test helpers for the engine: cheap key derivation, throwaway folders, folder snapshots.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { KdfParams } from '../../shared/domain';
import { MusterError } from '../../shared/errors';
import { Vault, type Statement } from '../../electron/engine/vault/vault';

/** The cheapest settings Argon2 accepts: tests exercise the format, not the KDF's cost. */
export const CHEAP_KDF: KdfParams = { name: 'argon2id', memoryKiB: 8, iterations: 1, parallelism: 1 };
export const PASSPHRASE = 'correct horse battery staple';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'muster-engine-'));
  made.push(dir);
  return dir;
}

export async function newVault(
  name = 'test.muster',
  passphrase = PASSPHRASE,
): Promise<{ vault: Vault; path: string; dir: string }> {
  const dir = tempDir();
  const path = join(dir, name);
  const vault = await Vault.create(path, passphrase, { kdf: CHEAP_KDF });
  return { vault, path, dir };
}

export function insertPerson(fullName: string, sourceKey = fullName): Statement {
  return {
    sql: 'INSERT INTO person (source_key, full_name, created_at, updated_at) VALUES (?, ?, ?, ?)',
    params: [sourceKey, fullName, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
  };
}

export function names(vault: Vault): string[] {
  return vault
    .query<{ full_name: string }>('SELECT full_name FROM person ORDER BY id')
    .map((r) => r.full_name);
}

/** Every file in a folder with its bytes: compared before and after a failed operation. */
export function folderSnapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir).sort()) files.set(name, readFileSync(join(dir, name)));
  return files;
}

export function expectSameFolder(before: Map<string, Buffer>, after: Map<string, Buffer>): void {
  const describe = (m: Map<string, Buffer>) => [...m.entries()].map(([k, v]) => `${k}:${v.length}`);
  if (describe(before).join() !== describe(after).join()) {
    throw new Error(`folder changed: ${describe(before).join(' ')} -> ${describe(after).join(' ')}`);
  }
  for (const [name, bytes] of before) {
    if (!bytes.equals(after.get(name) as Buffer)) throw new Error(`${name} changed`);
  }
}

/** Runs `work` and returns the MusterError code it failed with (or throws if it did not fail that way). */
export async function codeOf(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (e) {
    if (e instanceof MusterError) return e.code;
    throw e;
  }
  return 'SUCCEEDED';
}

export async function messageOf(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

export function errno(code: string): NodeJS.ErrnoException {
  const e = new Error(`${code}: simulated`) as NodeJS.ErrnoException;
  e.code = code;
  return e;
}

// Every way an open can fail has its own code and message, and no failed open writes anything.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../electron/engine/vault/vault';
import { MusterError } from '../../shared/errors';
import { PASSPHRASE, expectSameFolder, folderSnapshot, insertPerson, newVault, tempDir } from './helpers';

let good: Buffer;
let headerEnd: number; // end of magic + length + header JSON
let bodyOffset: number; // after the checksum

beforeAll(async () => {
  const { vault, path } = await newVault();
  await vault.mutate([insertPerson('Someone')]);
  await vault.save();
  await vault.close();
  good = readFileSync(path);
  headerEnd = 12 + good.readUInt32BE(8);
  bodyOffset = headerEnd + 32;
});

/** Opens `bytes` as a vault in a fresh folder; returns the error and checks nothing on disk changed. */
async function openBytes(bytes: Buffer, passphrase = PASSPHRASE): Promise<MusterError | null> {
  const dir = tempDir();
  const path = join(dir, 'v.muster');
  writeFileSync(path, bytes);
  const before = folderSnapshot(dir);
  let error: MusterError | null = null;
  try {
    const vault = await Vault.open(path, passphrase);
    await vault.close();
  } catch (e) {
    if (!(e instanceof MusterError)) throw e;
    error = e;
  }
  if (error) expectSameFolder(before, folderSnapshot(dir));
  return error;
}

function withHeader(edit: (header: Record<string, unknown>) => void): Buffer {
  const header = JSON.parse(good.subarray(12, headerEnd).toString('utf8')) as Record<string, unknown>;
  edit(header);
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  const aad = Buffer.concat([good.subarray(0, 8), length, json]);
  const checksum = createHash('sha256').update(aad).digest();
  return Buffer.concat([aad, checksum, good.subarray(bodyOffset)]);
}

describe('opening a vault that cannot be opened', () => {
  it('the good file opens (control)', async () => {
    expect(await openBytes(good)).toBeNull();
  });

  it('wrong passphrase → WRONG_PASSPHRASE, detected by the key check', async () => {
    const e = await openBytes(good, 'not the passphrase');
    expect(e?.code).toBe('WRONG_PASSPHRASE');
    expect(e?.message).toMatch(/wrong passphrase/i);
  });

  it('truncated anywhere → VAULT_TRUNCATED', async () => {
    const offsets = [
      1,
      4,
      7,
      8,
      10,
      12,
      40,
      headerEnd - 1,
      headerEnd,
      bodyOffset - 1,
      bodyOffset,
      bodyOffset + 100,
    ];
    offsets.push(Math.floor(good.length / 2), good.length - 17, good.length - 16, good.length - 1);
    for (const length of offsets) {
      expect({ length, code: (await openBytes(good.subarray(0, length)))?.code }).toEqual({
        length,
        code: 'VAULT_TRUNCATED',
      });
    }
  });

  it('one flipped byte anywhere → VAULT_DAMAGED, never a success or a crash', async () => {
    const positions = new Set<number>();
    for (let i = 0; i < bodyOffset; i++) positions.add(i); // magic, length, header, checksum: every byte
    for (let i = 0; i < 200; i++)
      positions.add(bodyOffset + Math.floor(((good.length - bodyOffset) * i) / 200));
    for (let i = good.length - 16; i < good.length; i++) positions.add(i); // the tag
    const codes = new Map<string, number>();
    for (const position of positions) {
      for (const mask of [0x01, 0xff]) {
        const bytes = Buffer.from(good);
        bytes[position] = (bytes[position] as number) ^ mask;
        const code = (await openBytes(bytes))?.code ?? 'OPENED';
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (code !== 'VAULT_DAMAGED')
          throw new Error(`flip 0x${mask.toString(16)} at ${position} gave ${code}`);
      }
    }
    expect([...codes.keys()]).toEqual(['VAULT_DAMAGED']);
  });

  it('a header altered with a recomputed checksum fails authentication (the header is the AAD)', async () => {
    expect((await openBytes(withHeader((h) => (h.generation = 99))))?.code).toBe('VAULT_DAMAGED');
    expect((await openBytes(withHeader((h) => (h.savedAt = '2001-01-01T00:00:00.000Z'))))?.code).toBe(
      'VAULT_DAMAGED',
    );
    const forgedCheck = withHeader((h) => (h.keyCheck = Buffer.alloc(32, 7).toString('base64')));
    expect((await openBytes(forgedCheck))?.code).toBe('WRONG_PASSPHRASE');
  });

  it('a newer format → UNSUPPORTED_VERSION; absurd key-derivation settings are refused before deriving', async () => {
    const newer = await openBytes(withHeader((h) => (h.formatVersion = 2)));
    expect(newer?.code).toBe('UNSUPPORTED_VERSION');
    expect(newer?.message).toMatch(/newer Muster/);
    const started = Date.now();
    const huge = await openBytes(
      withHeader(
        (h) => (h.kdf = { name: 'argon2id', memoryKiB: 4 * 1024 * 1024, iterations: 64, parallelism: 1 }),
      ),
    );
    expect(huge?.code).toBe('VAULT_DAMAGED');
    expect(huge?.message).toMatch(/key-derivation/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('files of another kind → NOT_A_VAULT', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(200)]);
    for (const bytes of [
      png,
      Buffer.alloc(4096),
      Buffer.alloc(0),
      Buffer.from('hello, not a vault at all'),
    ]) {
      const e = await openBytes(bytes);
      expect(e?.code).toBe('NOT_A_VAULT');
      expect(e?.message).toMatch(/not a Muster vault/);
    }
  });

  it('a missing file → NOT_FOUND; a folder → NOT_A_VAULT', async () => {
    const dir = tempDir();
    expect(await Vault.open(join(dir, 'missing.muster'), PASSPHRASE).catch((e: MusterError) => e.code)).toBe(
      'NOT_FOUND',
    );
    mkdirSync(join(dir, 'folder.muster'));
    expect(await Vault.open(join(dir, 'folder.muster'), PASSPHRASE).catch((e: MusterError) => e.code)).toBe(
      'NOT_A_VAULT',
    );
  });

  it('each failure has its own message, free of the path', async () => {
    const messages = new Map<string, string>();
    const cases: [string, Buffer, string?][] = [
      ['WRONG_PASSPHRASE', good, 'nope nope nope'],
      ['VAULT_TRUNCATED', good.subarray(0, 100)],
      ['VAULT_DAMAGED', Buffer.concat([good.subarray(0, -1), Buffer.from([(good.at(-1) as number) ^ 1])])],
      ['NOT_A_VAULT', Buffer.alloc(64)],
    ];
    for (const [code, bytes, passphrase] of cases) {
      const e = await openBytes(bytes, passphrase);
      expect(e?.code).toBe(code);
      expect(e?.message).not.toMatch(/v\.muster|\/tmp/);
      expect(e?.message.split('\n')).toHaveLength(1);
      messages.set(code, e?.message ?? '');
    }
    expect(new Set(messages.values()).size).toBe(cases.length);
  });
});

// Nothing in the vault's folder may hold personal data in clear: not the vault, its backup, its
// journal, its lock, nor the temporary files written during a save.
import * as nodeFs from 'node:fs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FsLayer } from '../../electron/engine/vault/fsLayer';
import { Vault } from '../../electron/engine/vault/vault';
import { recordAudit } from '../../electron/engine/audit/audit';
import { CHEAP_KDF, PASSPHRASE, insertPerson, tempDir } from './helpers';

const NAME = 'Zainab Qarawi-Testname';

function encodings(text: string): Buffer[] {
  const utf16be = Buffer.from(text, 'utf16le').swap16();
  return [
    Buffer.from(text, 'utf8'),
    Buffer.from(text, 'utf16le'),
    utf16be,
    Buffer.from(text.toUpperCase(), 'utf8'),
  ];
}

describe('no plaintext on disk', () => {
  it('never writes a known name in clear to any file of the vault', async () => {
    const dir = tempDir();
    const path = join(dir, 'clinic.muster');
    const captured = new Map<string, Buffer>();
    const tempByFd = new Map<number, string>();
    // Captures every temporary file as it stands when flushed, just before it is renamed into place.
    const fs: FsLayer = {
      ...nodeFs,
      openSync: ((p: nodeFs.PathLike, flags?: nodeFs.OpenMode, mode?: nodeFs.Mode) => {
        const fd = nodeFs.openSync(p, flags ?? 'r', mode);
        if (String(p).endsWith('.tmp')) tempByFd.set(fd, String(p));
        return fd;
      }) as FsLayer['openSync'],
      fsyncSync: (fd) => {
        nodeFs.fsyncSync(fd);
        const temp = tempByFd.get(fd);
        if (temp) captured.set(`${temp}#${captured.size}`, readFileSync(temp));
      },
      closeSync: (fd) => {
        tempByFd.delete(fd);
        nodeFs.closeSync(fd);
      },
    };

    const vault = await Vault.create(path, PASSPHRASE, { kdf: CHEAP_KDF, fs });
    await vault.mutate([insertPerson(NAME, 'REG-1')]);
    await recordAudit(vault, { operator: 'Officer', action: 'person.add', object: 'REG-1' });
    await vault.save();
    await vault.mutate([insertPerson(`${NAME} Junior`, 'REG-2')]);
    await vault.save();
    await vault.mutate([{ sql: 'UPDATE person SET surname = ? WHERE id = 1', params: [NAME] }]);
    // The lock file exists while the vault is open: read it now.
    for (const name of readdirSync(dir)) captured.set(name, readFileSync(join(dir, name)));
    await vault.close();
    for (const name of readdirSync(dir)) captured.set(`${name}#closed`, readFileSync(join(dir, name)));

    const kinds = new Set(
      [...captured.keys()].map((k) => k.replace(/^.*\.(muster(\.[a-z]+)?|tmp).*$/, '$1')),
    );
    expect(kinds).toEqual(new Set(['muster', 'muster.bak', 'muster.journal', 'muster.lock', 'tmp']));
    for (const [file, bytes] of captured) {
      for (const needle of encodings(NAME)) {
        expect({ file, found: bytes.includes(needle) }).toEqual({ file, found: false });
      }
      expect({ file, found: bytes.includes(Buffer.from(PASSPHRASE)) }).toEqual({ file, found: false });
    }

    const reopened = await Vault.open(path, PASSPHRASE);
    expect(
      reopened.query<{ n: number }>('SELECT count(*) AS n FROM person WHERE surname = ?', [NAME])[0]?.n,
    ).toBe(1);
    await reopened.close();
  });
});

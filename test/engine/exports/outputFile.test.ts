// Export destinations: names cannot leave the chosen folder, and a failed write leaves nothing.
import { chmodSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputTarget, writeAtomically } from '../../../electron/engine/exports/outputFile';
import { codeOf, tempDir } from '../helpers';

describe('outputTarget', () => {
  it.each([
    '../escape.csv',
    'sub/file.csv',
    'sub\\file.csv',
    '..',
    '.',
    '',
    'con.csv',
    'LPT1',
    'bad\u0000.csv',
    'x\n.csv',
    'embassy.muster',
  ])('refuses %j as a name inside the folder', (name) => {
    expect(() => outputTarget(name, '/tmp')).toThrow();
  });

  it('keeps a plain name (any script) inside the folder', () => {
    expect(outputTarget('قائمة manifest.csv', '/tmp/out')).toEqual({
      folder: '/tmp/out',
      name: 'قائمة manifest.csv',
      path: '/tmp/out/قائمة manifest.csv',
    });
    expect(outputTarget('/tmp/out/../out/m.csv')).toMatchObject({ folder: '/tmp/out', name: 'm.csv' });
  });
});

describe('writeAtomically', () => {
  it('writes the bytes under the chosen name and nothing else', () => {
    const dir = tempDir();
    writeAtomically(outputTarget('m.csv', dir), Buffer.from('a,b\r\n'));
    expect(readdirSync(dir)).toEqual(['m.csv']);
    expect(readFileSync(join(dir, 'm.csv'), 'utf8')).toBe('a,b\r\n');
  });

  it('replaces an earlier export of the same name whole', () => {
    const dir = tempDir();
    writeAtomically(outputTarget('m.csv', dir), Buffer.from('old, longer content'));
    writeAtomically(outputTarget('m.csv', dir), Buffer.from('new'));
    expect(readFileSync(join(dir, 'm.csv'), 'utf8')).toBe('new');
  });

  it('fails clearly on a missing folder', async () => {
    const dir = tempDir();
    expect(
      await codeOf(async () => writeAtomically(outputTarget('m.csv', join(dir, 'gone')), Buffer.from('x'))),
    ).toBe('NOT_FOUND');
  });

  it.skipIf(process.getuid?.() === 0)('fails clearly on a read-only folder, leaving nothing', async () => {
    const dir = join(tempDir(), 'ro');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    try {
      expect(await codeOf(async () => writeAtomically(outputTarget('m.csv', dir), Buffer.from('x')))).toBe(
        'NOT_WRITABLE',
      );
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECENT_VAULTS_LIMIT, createRecentVaults } from '../../electron/main/recentVaults';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'muster-recent-'));
  file = join(dir, 'user-data', 'recent-vaults.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('recent vaults', () => {
  it('keeps the most recent first, without duplicates, and only paths', async () => {
    const recent = createRecentVaults({ file, exists: () => true });
    await recent.remember('/vaults/a.muster');
    await recent.remember('/vaults/b.muster');
    await recent.remember('/vaults/a.muster');
    expect(await recent.list()).toEqual(['/vaults/a.muster', '/vaults/b.muster']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      paths: ['/vaults/a.muster', '/vaults/b.muster'],
    });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('keeps at most the limit, and loses nothing when remembered concurrently', async () => {
    const recent = createRecentVaults({ file, exists: () => true });
    await Promise.all(Array.from({ length: 12 }, (_, i) => recent.remember(`/vaults/${i}.muster`)));
    const list = await recent.list();
    expect(list).toHaveLength(RECENT_VAULTS_LIMIT);
    expect(list[0]).toBe('/vaults/11.muster');
  });

  it('leaves out vaults that no longer exist and ignores relative paths', async () => {
    const recent = createRecentVaults({ file, exists: (p) => p !== '/vaults/gone.muster' });
    await recent.remember('/vaults/gone.muster');
    await recent.remember('relative.muster');
    await recent.remember('/vaults/here.muster');
    expect(await recent.list()).toEqual(['/vaults/here.muster']);
  });

  it('starts afresh from a missing or damaged file', async () => {
    const recent = createRecentVaults({ file: join(dir, 'recent.json'), exists: () => true });
    expect(await recent.list()).toEqual([]);
    writeFileSync(join(dir, 'recent.json'), '{ not json');
    expect(await recent.list()).toEqual([]);
    await recent.remember('/vaults/new.muster');
    expect(await recent.list()).toEqual(['/vaults/new.muster']);
  });
});

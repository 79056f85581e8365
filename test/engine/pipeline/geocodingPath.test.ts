// Where the engine looks for the gazetteer: the packaged app's resources folder first, then the
// repository from the engine module or the working directory; and the packaging puts it there.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  defaultGazetteerPath,
  findGazetteer,
  GAZETTEER_FILE,
  gazetteerCandidates,
} from '../../../electron/engine/geo/gazetteerPath';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bundled = join(repo, 'resources', 'gazetteer', GAZETTEER_FILE);

describe('finding the gazetteer', () => {
  it('finds the repository copy in tests, tsx and the CLI', () => {
    expect(defaultGazetteerPath()).toBe(bundled);
    expect(existsSync(defaultGazetteerPath())).toBe(true);
  });

  it('prefers <resources>/gazetteer in the packaged app, even with a copy beside the code', () => {
    const resourcesPath = '/opt/Muster/resources';
    const packaged = join(resourcesPath, 'gazetteer', GAZETTEER_FILE);
    const found = findGazetteer({
      resourcesPath,
      moduleDir: join(repo, 'electron', 'engine', 'geo'),
      cwd: '/',
      exists: (p) => p === packaged || p === bundled,
    });
    expect(found).toBe(packaged);
  });

  it('falls back to the repository when the resources folder has no gazetteer', () => {
    const found = findGazetteer({
      resourcesPath: '/opt/Muster/resources',
      moduleDir: join(repo, 'out', 'main', 'chunks'),
      cwd: '/',
      exists: (p) => p === bundled,
    });
    expect(found).toBe(bundled);
  });

  it('finds it from the working directory when the module sits elsewhere (a bundled CLI)', () => {
    const found = findGazetteer({
      resourcesPath: undefined,
      moduleDir: '/tmp/elsewhere/cli',
      cwd: join(repo, 'test'),
      exists: (p) => p === bundled,
    });
    expect(found).toBe(bundled);
  });

  it('names the repository location when the file is nowhere, so the error says what is missing', () => {
    const at = { resourcesPath: undefined, moduleDir: '/a/b/c', cwd: '/d', exists: () => false };
    expect(findGazetteer(at)).toBe(resolve('/a/b/c', '../../../resources/gazetteer', GAZETTEER_FILE));
    // Walking up stops at the file-system root.
    expect(gazetteerCandidates(at)).toEqual([
      '/a/b/c/resources/gazetteer/gazetteer.tsv.gz',
      '/a/b/resources/gazetteer/gazetteer.tsv.gz',
      '/a/resources/gazetteer/gazetteer.tsv.gz',
      '/resources/gazetteer/gazetteer.tsv.gz',
      '/d/resources/gazetteer/gazetteer.tsv.gz',
      '/resources/gazetteer/gazetteer.tsv.gz',
    ]);
  });

  it('is copied to <resources>/gazetteer by the packaging', () => {
    const builder = readFileSync(join(repo, 'electron-builder.yml'), 'utf8');
    const block = /^extraResources:\n((?:[ -].*\n)+)/m.exec(builder)?.[1] ?? '';
    expect(block).toMatch(/- from: resources\/gazetteer\n\s+to: gazetteer\n/);
    expect(block).toContain(`- ${GAZETTEER_FILE}`);
    expect(block).toContain('- LICENSE.md');
  });
});

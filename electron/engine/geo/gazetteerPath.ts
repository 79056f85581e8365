// Where the bundled gazetteer is. In the packaged app electron-builder copies resources/gazetteer
// to <resources>/gazetteer (extraResources); Electron sets `process.resourcesPath` there, in the
// engine's worker thread as in the main process, so the engine finds it without importing
// `electron`. Everywhere else (tsx, vitest, the CLI, the built worker in out/main) the
// repository's resources/gazetteer is found by walking up from this module, then from the
// working directory.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GAZETTEER_FILE = 'gazetteer.tsv.gz';
/** Folders above a start point searched for resources/gazetteer: out/main/chunks is three deep. */
const MAX_DEPTH = 6;

export interface GazetteerLocation {
  /** Electron's resources folder; undefined outside a packaged app. */
  resourcesPath: string | undefined;
  moduleDir: string;
  cwd: string;
  exists: (path: string) => boolean;
}

/** Every place the file may be, in the order they are tried. */
export function gazetteerCandidates(at: GazetteerLocation): string[] {
  const candidates: string[] = [];
  if (at.resourcesPath) candidates.push(join(at.resourcesPath, 'gazetteer', GAZETTEER_FILE));
  for (const start of [at.moduleDir, at.cwd]) {
    let dir = start;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      candidates.push(join(dir, 'resources', 'gazetteer', GAZETTEER_FILE));
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return candidates;
}

export function findGazetteer(at: GazetteerLocation): string {
  // Not found: name where it belongs in the repository, so the error says what is missing.
  return (
    gazetteerCandidates(at).find((c) => at.exists(c)) ??
    resolve(at.moduleDir, '../../../resources/gazetteer', GAZETTEER_FILE)
  );
}

export function defaultGazetteerPath(): string {
  return findGazetteer({
    resourcesPath: (process as { resourcesPath?: string }).resourcesPath,
    moduleDir: dirname(fileURLToPath(import.meta.url)),
    cwd: process.cwd(),
    exists: existsSync,
  });
}

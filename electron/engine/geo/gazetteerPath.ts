// Where the bundled gazetteer is. In the packaged app the shell passes
// `join(process.resourcesPath, 'gazetteer', GAZETTEER_FILE)` (electron-builder copies
// resources/gazetteer there as an extra resource); everywhere else, the repository's
// resources/gazetteer is found by walking up from this module (tsx, vitest) or from the built
// worker in out/main.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GAZETTEER_FILE = 'gazetteer.tsv.gz';

export function defaultGazetteerPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates: string[] = [];
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(join(resourcesPath, 'gazetteer', GAZETTEER_FILE));
  for (const start of [here, process.cwd()]) {
    let dir = start;
    for (let depth = 0; depth < 6; depth++) {
      candidates.push(join(dir, 'resources', 'gazetteer', GAZETTEER_FILE));
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  // Not found: name where it belongs in the repository, so the error says what is missing.
  return (
    candidates.find((c) => existsSync(c)) ?? resolve(here, '../../../resources/gazetteer', GAZETTEER_FILE)
  );
}

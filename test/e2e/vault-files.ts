// Reads back what a vault left on disk, to prove secrets never reach it in clear.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files in `dir` (recursively) whose bytes contain `secret` as UTF-8 or UTF-16. */
export function filesContaining(dir: string, secret: string): string[] {
  const needles = [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le')];
  const hits: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      hits.push(...filesContaining(path, secret));
    } else if (needles.some((needle) => readFileSync(path).includes(needle))) {
      hits.push(path);
    }
  }
  return hits;
}

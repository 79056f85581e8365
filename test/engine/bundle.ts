// Bundles an engine entry point into plain JavaScript for a child process or a worker thread, as
// electron-vite does for the app. Output goes under test/artifacts (ignored by git) inside the
// repository, so the bundle still resolves node_modules.
import { rmSync } from 'node:fs';
import { join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Returns the bundle's path and a cleanup function. */
export async function bundleForNode(entry: string): Promise<{ file: string; remove: () => void }> {
  const name = parse(entry).name;
  const outDir = join(ROOT, 'test', 'artifacts', `engine-${name}-${process.pid}-${Date.now()}`);
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: `${name}.mjs` } },
    },
  });
  return {
    file: join(outDir, `${name}.mjs`),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

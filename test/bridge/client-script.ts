// Bundles client/window-muster.ts (with the preload's createMusterApi) into the classic
// script served at /__muster_bridge.js, using the Vite the project builds with.
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const ENTRY = fileURLToPath(new URL('./client/window-muster.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let compiled: Promise<string> | undefined;

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    envFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: false,
      target: 'es2022',
      lib: { entry: ENTRY, formats: ['iife'], name: 'musterBridge', fileName: () => 'bridge.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('Bundling the bridge client produced no script.');
  return chunk.code;
}

/** Built once per process; a failed build is retried by the next caller. */
export function bridgeClientScript(): Promise<string> {
  compiled ??= bundle();
  compiled.catch(() => {
    compiled = undefined;
  });
  return compiled;
}

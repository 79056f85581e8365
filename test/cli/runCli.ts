// Runs the CLI in-process, capturing what it prints: the same code path as `npm run muster`, minus startup.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../electron/cli/muster';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function runMuster(argv: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), env });
  return { code, out, err };
}

/** A new vault in its own temporary folder, created through `muster init`. */
export async function initCliVault(
  prefix: string,
  env: NodeJS.ProcessEnv,
): Promise<{ dir: string; vault: string }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const vault = join(dir, 'embassy.muster');
  const init = await runMuster(['init', vault], env);
  if (init.code !== 0) throw new Error(`muster init failed: ${init.err}`);
  return { dir, vault };
}

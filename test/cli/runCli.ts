// Runs the CLI in-process, capturing what it prints: the same code path as `npm run muster`, minus startup.
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

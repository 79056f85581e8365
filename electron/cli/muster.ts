#!/usr/bin/env node
// The Muster command line: the same engine as the app, for scripting and for tests.
import { isMusterError } from '../../shared/errors';
import { area } from './commands/area';
import { audit } from './commands/audit';
import { clusters } from './commands/clusters';
import { dedupe } from './commands/dedupe';
import { demo } from './commands/demo';
import { exportCommand } from './commands/export';
import { importFile } from './commands/import';
import { info } from './commands/info';
import { inside } from './commands/inside';
import { keys } from './commands/keys';
import { init } from './commands/init';
import { passwd } from './commands/passwd';
import { people } from './commands/people';
import { status } from './commands/status';
import type { CliIO } from './context';
import { USAGE, UsageError } from './usage';

const COMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<void>> = {
  init,
  info,
  passwd,
  audit,
  demo,
  import: importFile,
  people,
  dedupe,
  clusters,
  area,
  inside,
  export: exportCommand,
  status,
  keys,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`muster: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  try {
    await command(rest, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`muster: ${e.message}\n`);
      return 2;
    }
    if (isMusterError(e)) {
      io.stderr(`muster: ${e.message}\n`);
      return 1;
    }
    // Unknown errors may quote data; print nothing of their text.
    io.stderr('muster: internal error; nothing was changed by the failed step.\n');
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && /muster\.[cm]?[jt]s$/.test(process.argv[1]);
if (isEntry) {
  run(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  });
}

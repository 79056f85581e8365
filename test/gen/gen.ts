// npm run gen -- --people N --seed S --out DIR [--host LB]
// Writes synthetic registrations, employer rosters and their ground truth (see
// electron/engine/synthetic/generator/rates.ts for what they hold).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { isMusterError } from '../../shared/errors';
import { HOST_CODES, MAX_PEOPLE, writeDataset } from '../../electron/engine/synthetic/generator';

export const USAGE = `Usage: npm run gen -- --people N --seed S --out DIR [--host CODE]

  --people N    how many true people to generate (1 to ${MAX_PEOPLE})
  --seed S      whole number from 0 to 4294967295; the same seed gives byte-identical files
  --out DIR     folder to write into (created if missing; files of the same names are replaced)
  --host CODE   country the nationals live in: ${HOST_CODES.join(', ')} (default LB)

Writes registrations.csv, four rosters, truth.csv (file,row,person_id) and people.csv.
Exit codes: 0 success, 1 error, 2 usage error.`;

export interface GenIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

class UsageError extends Error {}

function wholeNumber(value: string | undefined, flag: string, max: number): number {
  if (value === undefined) throw new UsageError(`Missing ${flag}.`);
  if (!/^\d+$/.test(value) || Number(value) > max)
    throw new UsageError(`${flag} must be a whole number from 0 to ${max}.`);
  return Number(value);
}

function parse(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        people: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return null;
  const people = wholeNumber(values.people, '--people', MAX_PEOPLE);
  if (people < 1) throw new UsageError('--people must be at least 1.');
  const seed = wholeNumber(values.seed, '--seed', 0xffffffff);
  if (values.out === undefined || values.out === '') throw new UsageError('Missing --out.');
  const host = (values.host ?? 'LB').toUpperCase();
  if (!HOST_CODES.includes(host)) throw new UsageError(`--host must be one of: ${HOST_CODES.join(', ')}.`);
  return { people, seed, out: resolve(values.out), host };
}

export async function runGen(argv: string[], io: GenIO): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`gen: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (args === null) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  const started = performance.now();
  try {
    const summary = await writeDataset(
      { people: args.people, seed: args.seed, hostCountry: args.host },
      args.out,
    );
    const seconds = (performance.now() - started) / 1000;
    const rssMiB = Math.round(process.memoryUsage().rss / 2 ** 20);
    io.stdout(
      `${summary.people} people written to ${args.out} in ${seconds.toFixed(1)} s (RSS ${rssMiB} MiB)\n`,
    );
    for (const f of summary.files) io.stdout(`  ${f.name.padEnd(32)} ${f.rows} rows\n`);
    return 0;
  } catch (e) {
    // Only codes and fixed messages: the generator's data never reaches the terminal.
    const message = isMusterError(e)
      ? e.message
      : `could not write the dataset (${(e as NodeJS.ErrnoException).code ?? 'unexpected error'}).`;
    io.stderr(`gen: ${message}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && /gen\.[cm]?[jt]s$/.test(process.argv[1]);
if (isEntry) {
  runGen(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then((code) => {
    process.exitCode = code;
  });
}

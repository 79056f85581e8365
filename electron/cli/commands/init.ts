import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO } from '../context';
import { readSecret } from '../secrets';
import { printSummary } from './info';

export async function init(argv: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parse(argv, COMMON_OPTIONS);
  const path = positional(positionals, 0, 'vault');
  const passphrase = readSecret({
    env: io.env,
    envName: 'MUSTER_PASSPHRASE',
    file: values['passphrase-file'],
    what: 'passphrase',
  });
  const operator = resolveOperator(values.operator, io.env);
  const summary = await withEngine((call) => call('vault.create', { path, passphrase, operator }));
  printSummary(summary, values.json === true, io);
}

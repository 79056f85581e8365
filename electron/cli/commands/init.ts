import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO } from '../context';
import { readVaultPassphrase } from '../secrets';
import { printSummary } from './info';

export async function init(argv: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parse(argv, COMMON_OPTIONS);
  const path = positional(positionals, 0, 'vault');
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const operator = resolveOperator(values.operator, io.env);
  const summary = await withEngine((call) => call('vault.create', { path, passphrase, operator }));
  printSummary(summary, values.json === true, io);
}

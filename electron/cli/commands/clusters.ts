// `muster clusters <vault> --out <csv> [--json]`: one row per source record: source, source_key, person_id.
import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO } from '../context';
import { readVaultPassphrase } from '../secrets';
import { UsageError } from '../usage';

export async function clusters(argv: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parse(argv, { ...COMMON_OPTIONS, out: { type: 'string' } });
  const vaultPath = positional(positionals, 0, 'vault');
  if (!values.out) throw new UsageError('Name the output file with --out <csv>.');
  const path = values.out;
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const operator = resolveOperator(values.operator, io.env);
  const result = await withEngine(async (call) => {
    await call('vault.unlock', { path: vaultPath, passphrase, operator });
    return call('match.exportClusters', { path });
  });
  io.stdout(
    values.json === true
      ? JSON.stringify(result) + '\n'
      : `${result.rows} records written to ${result.path}\n`,
  );
}

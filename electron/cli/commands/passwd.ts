import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO } from '../context';
import { readSecret, readVaultPassphrase } from '../secrets';

export async function passwd(argv: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parse(argv, {
    ...COMMON_OPTIONS,
    'new-passphrase-file': { type: 'string' },
  });
  const path = positional(positionals, 0, 'vault');
  const current = readVaultPassphrase(io, values['passphrase-file'], 'current passphrase');
  const next = readSecret({
    env: io.env,
    envName: 'MUSTER_NEW_PASSPHRASE',
    file: values['new-passphrase-file'],
    what: 'new passphrase',
  });
  const operator = resolveOperator(values.operator, io.env);
  await withEngine(async (call) => {
    await call('vault.unlock', { path, passphrase: current, operator });
    await call('vault.changePassphrase', { current, next });
  });
  io.stdout(
    values.json ? JSON.stringify({ ok: true }) + '\n' : 'Passphrase changed. The vault was re-encrypted.\n',
  );
}

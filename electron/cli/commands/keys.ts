// `muster keys list|add|remove <vault>`: the address book of partners' age public keys that exports
// are sealed to, so a script can say `--recipient "IOM Beirut"` instead of pasting a key each time.
import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO } from '../context';
import { readVaultPassphrase } from '../secrets';
import { UsageError } from '../usage';

const USE =
  'Use "muster keys list <vault>", "muster keys add <vault> --name <n> --key <age1…>" or "muster keys remove <vault> --name <n>".';

export async function keys(argv: string[], io: CliIO): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub !== 'list' && sub !== 'add' && sub !== 'remove') throw new UsageError(USE);
  const { values, positionals } = parse(rest, {
    ...COMMON_OPTIONS,
    name: { type: 'string' },
    key: { type: 'string' },
    note: { type: 'string' },
  });
  const vaultPath = positional(positionals, 0, 'vault');
  if (sub !== 'list' && !values.name) throw new UsageError('Name the recipient with --name <name>.');
  if (sub === 'add' && !values.key) throw new UsageError('Give the public key with --key <age1…>.');
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const operator = resolveOperator(values.operator, io.env);
  const entries = await withEngine(async (call) => {
    await call('vault.unlock', { path: vaultPath, passphrase, operator });
    if (sub === 'add') {
      await call('addressBook.add', {
        name: values.name!,
        publicKey: values.key!,
        ...(values.note !== undefined ? { note: values.note } : {}),
      });
    } else if (sub === 'remove') {
      await call('addressBook.remove', { name: values.name! });
    }
    return call('addressBook.list', {});
  });
  if (values.json === true) {
    io.stdout(JSON.stringify(entries) + '\n');
    return;
  }
  if (sub === 'add') io.stdout(`Added ${values.name}.\n`);
  if (sub === 'remove') io.stdout(`Removed ${values.name}.\n`);
  if (sub === 'list') {
    for (const e of entries) io.stdout(`${e.name}\t${e.publicKey}${e.note ? `\t${e.note}` : ''}\n`);
    if (entries.length === 0) io.stdout('The address book is empty.\n');
  }
}

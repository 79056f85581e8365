// `muster people <vault> [--query <text>] [--limit N] [--json]`: search people as the app does.
import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO } from '../context';
import { readVaultPassphrase } from '../secrets';
import { UsageError } from '../usage';

export async function people(argv: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parse(argv, {
    ...COMMON_OPTIONS,
    query: { type: 'string' },
    limit: { type: 'string' },
  });
  const vaultPath = positional(positionals, 0, 'vault');
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new UsageError('--limit takes a number from 1 to 500.');
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const operator = resolveOperator(values.operator, io.env);
  const page = await withEngine(async (call) => {
    await call('vault.unlock', { path: vaultPath, passphrase, operator });
    return call('people.search', {
      ...(values.query !== undefined ? { query: values.query } : {}),
      filters: {},
      sort: 'surname',
      offset: 0,
      limit,
    });
  });
  if (values.json === true) {
    io.stdout(JSON.stringify(page) + '\n');
    return;
  }
  for (const p of page.rows) {
    io.stdout(
      [
        p.id,
        p.surname ?? '',
        p.given_names ?? '',
        p.date_of_birth ?? '',
        p.nationality ?? '',
        p.phone ?? '',
        p.city ?? '',
      ].join('\t') + '\n',
    );
  }
  io.stdout(`${page.rows.length} of ${page.total} shown (${page.tookMs} ms)\n`);
}

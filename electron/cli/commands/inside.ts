// `muster inside <vault> --area <name|id> [--limit N] [--json]`: who is inside a crisis area, with the
// breakdowns the app shows and the person ids.
import type { Count } from '../../../shared/areas';
import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO } from '../context';
import { readVaultPassphrase } from '../secrets';
import { UsageError } from '../usage';
import { resolveArea } from './area';

export async function inside(argv: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parse(argv, {
    ...COMMON_OPTIONS,
    area: { type: 'string' },
    limit: { type: 'string' },
  });
  const vaultPath = positional(positionals, 0, 'vault');
  if (!values.area) throw new UsageError('Say which area with --area <name or number>.');
  const limit = values.limit === undefined ? 10_000 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0 || limit > 10_000) {
    throw new UsageError('--limit takes a number from 0 to 10000.');
  }
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const operator = resolveOperator(values.operator, io.env);
  const { area, result } = await withEngine(async (call) => {
    await call('vault.unlock', { path: vaultPath, passphrase, operator });
    const area = await resolveArea(call, values.area!);
    return { area, result: await call('area.inside', { id: area.id, offset: 0, limit, includeRows: false }) };
  });
  if (values.json === true) {
    io.stdout(
      JSON.stringify({ area: { id: area.id, name: area.name, severity: area.severity }, ...result }) + '\n',
    );
    return;
  }
  const b = result.breakdowns;
  const counts = (list: Count[]) => list.map((c) => `${c.key} ${c.count}`).join(', ') || '-';
  io.stdout(`area ${area.id} (${area.name}, ${area.severity}): ${result.total} inside\n`);
  io.stdout(`nationality: ${counts(b.nationality)}\n`);
  io.stdout(`sex: ${counts(b.sex)}\n`);
  io.stdout(`age: ${counts(b.ageBand)}\n`);
  io.stdout(`special needs: ${b.specialNeeds.withNeeds}\n`);
  io.stdout(
    `households: ${b.households.households} (+${b.households.withoutHousehold} people without one)\n`,
  );
  io.stdout(`without coordinates (not counted): ${result.unplaced}\n`);
  if (result.personIds.length > 0) io.stdout(`person ids: ${result.personIds.join(' ')}\n`);
  if (result.personIds.length < result.total) {
    io.stdout(`(${result.personIds.length} of ${result.total} ids shown; use --limit or --json)\n`);
  }
}

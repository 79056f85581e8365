// `muster status <vault> --set <status> --area <name|id> [--only-from s1,s2]`: bulk status change (or
// for a People search: --query and filters instead of --area);
// `muster status <vault>` alone prints the dashboard counts.
import { PERSON_STATUSES, PersonStatus, type StatusCountsByStatus } from '../../../shared/exports';
import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO } from '../context';
import { readVaultPassphrase } from '../secrets';
import { checkSelection, SELECTION_OPTIONS, selectionOf } from '../selection';
import { UsageError } from '../usage';

function statusOf(word: string): PersonStatus {
  const parsed = PersonStatus.safeParse(word.trim().toLowerCase().replace(/[\s-]/g, '_'));
  if (!parsed.success) throw new UsageError(`A status is one of ${PERSON_STATUSES.join(', ')}.`);
  return parsed.data;
}

export async function status(argv: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parse(argv, {
    ...COMMON_OPTIONS,
    ...SELECTION_OPTIONS,
    set: { type: 'string' },
    area: { type: 'string' },
    'only-from': { type: 'string' },
  });
  const vaultPath = positional(positionals, 0, 'vault');
  if (values.set !== undefined) checkSelection(values);
  const next = values.set === undefined ? undefined : statusOf(values.set);
  const onlyFrom = values['only-from']?.split(',').map(statusOf);
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const operator = resolveOperator(values.operator, io.env);
  const result = await withEngine(async (call) => {
    await call('vault.unlock', { path: vaultPath, passphrase, operator });
    if (next === undefined) return { dashboard: await call('status.dashboard', {}) };
    const change = await call('status.set', {
      selection: await selectionOf(call, values),
      status: next,
      ...(onlyFrom ? { onlyFrom } : {}),
    });
    return { change };
  });
  if (values.json === true) {
    io.stdout(JSON.stringify(result.change ?? result.dashboard) + '\n');
    return;
  }
  if (result.change) {
    const c = result.change;
    io.stdout(`${c.selected} selected, ${c.changed} set to ${next}, ${c.unchanged} unchanged\n`);
    return;
  }
  const d = result.dashboard!;
  const line = (label: string, counts: StatusCountsByStatus) =>
    `${label}\t${PERSON_STATUSES.map((s) => `${s} ${counts[s]}`).join(', ')}\n`;
  io.stdout(line('all', d.total));
  for (const a of d.areas) io.stdout(line(`area ${a.areaId} (${a.name})`, a.counts));
  io.stdout(line('special needs', d.vulnerable.specialNeeds));
  io.stdout(line('children', d.vulnerable.children));
  io.stdout(line('elderly', d.vulnerable.elderly));
}

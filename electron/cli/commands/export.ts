// `muster export manifest|contacts|aggregate <vault> --area <name|id> --out <file> …` (manifests and
// contact lists also for a People search: --query and filters instead of --area): what leaves the
// machine, sealed with age to recipients (--recipient, repeatable: a public key or an address-book
// name) or to a passphrase (--seal-passphrase-file), or plain only with an explicit --plain.
import type { ContactLayout, ExportResult, Seal, TableFormat } from '../../../shared/exports';
import { ContactLayout as LayoutSchema, TableFormat as FormatSchema } from '../../../shared/exports';
import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO } from '../context';
import { readPassphraseFile, readVaultPassphrase } from '../secrets';
import { checkSelection, hasSearch, SELECTION_OPTIONS, selectionOf } from '../selection';
import { UsageError } from '../usage';
import { resolveArea } from './area';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...SELECTION_OPTIONS,
  area: { type: 'string', multiple: true },
  format: { type: 'string' },
  layout: { type: 'string' },
  out: { type: 'string' },
  profile: { type: 'string' },
  recipient: { type: 'string', multiple: true },
  'seal-passphrase-file': { type: 'string' },
  plain: { type: 'boolean' },
  k: { type: 'string' },
} as const;

type Values = ReturnType<typeof parse<typeof OPTIONS>>['values'];

export async function exportCommand(argv: string[], io: CliIO): Promise<void> {
  const [kind, ...rest] = argv;
  if (kind !== 'manifest' && kind !== 'contacts' && kind !== 'aggregate') {
    throw new UsageError('Use "muster export manifest|contacts|aggregate <vault> --area <n> --out <file>".');
  }
  const { values, positionals } = parse(rest, OPTIONS);
  const vaultPath = positional(positionals, 0, 'vault');
  if (!values.out) throw new UsageError('Name the output file with --out <file>.');
  const seal = sealOf(values);
  const areas = values.area ?? [];
  if (kind !== 'aggregate' && areas.length > 1)
    throw new UsageError('A manifest or a contact list is for one area: give --area once.');
  const who = { ...values, area: kind === 'aggregate' ? undefined : areas[0] };
  if (kind !== 'aggregate') checkSelection(who);
  else if (hasSearch(who))
    throw new UsageError('Aggregated figures are counted by crisis area: use --area, not a search.');
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const operator = resolveOperator(values.operator, io.env);
  const result = await withEngine(async (call) => {
    await call('vault.unlock', { path: vaultPath, passphrase, operator });
    const common = { path: values.out!, seal, ...(values.profile ? { profile: values.profile } : {}) };
    if (kind === 'aggregate') {
      const areaIds = await Promise.all(areas.map(async (a) => (await resolveArea(call, a)).id));
      return call('export.aggregate', {
        ...common,
        format: formatOf(values),
        k: kOf(values),
        ...(areaIds.length > 0 ? { areaIds } : {}),
      });
    }
    const selection = await selectionOf(call, who);
    if (kind === 'manifest')
      return call('export.manifest', { ...common, selection, format: formatOf(values) });
    return call('export.contacts', { ...common, selection, layout: layoutOf(values) });
  });
  io.stdout(values.json === true ? JSON.stringify(result) + '\n' : describe(result));
}

function sealOf(values: Values): Seal {
  const recipients = values.recipient ?? [];
  const file = values['seal-passphrase-file'];
  const chosen = [recipients.length > 0, file !== undefined, values.plain === true].filter(Boolean).length;
  if (chosen !== 1) {
    throw new UsageError(
      'Seal the export with --recipient <age key or address-book name> or --seal-passphrase-file <file>, or write it unencrypted with --plain.',
    );
  }
  if (recipients.length > 0) return { mode: 'recipients', recipients };
  if (file !== undefined) {
    const passphrase = readPassphraseFile(file);
    if (passphrase.length < 8)
      throw new UsageError('The sealing passphrase must have at least 8 characters.');
    return { mode: 'passphrase', passphrase };
  }
  return { mode: 'plain', confirmed: true };
}

function formatOf(values: Values): TableFormat {
  const format = values.format ?? 'csv';
  if (!FormatSchema.safeParse(format).success) throw new UsageError('--format is one of csv, xlsx, pdf.');
  return format as TableFormat;
}

function layoutOf(values: Values): ContactLayout {
  const layout = values.layout ?? 'sms';
  if (!LayoutSchema.safeParse(layout).success)
    throw new UsageError('--layout is one of sms, rapidpro, email, vcard.');
  return layout as ContactLayout;
}

function kOf(values: Values): number {
  const k = values.k === undefined ? 5 : Number(values.k);
  if (!Number.isInteger(k) || k < 2 || k > 100)
    throw new UsageError('--k takes a whole number from 2 to 100.');
  return k;
}

function describe(r: ExportResult): string {
  const lines = [
    `wrote ${r.path} (${r.sealed === 'plain' ? 'NOT encrypted' : `sealed with age, ${r.sealed}`})`,
    `profile ${r.profile}: ${r.people} people, ${r.rows} rows, sha256 ${r.sha256}`,
  ];
  if (r.suppressed > 0) lines.push(`suppressed cells: ${r.suppressed}`);
  for (const l of r.leftOut) lines.push(`left out: ${l.count} (${l.reason})`);
  return lines.join('\n') + '\n';
}

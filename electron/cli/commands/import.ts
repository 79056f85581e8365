// `muster import <vault> <file> --source <name> [--mapping <json>] [--country CC] [--sheet S] [--encoding E]`:
// the same import the app runs, with the suggested mapping unless a mapping file is given.
import { readFileSync } from 'node:fs';
import { MusterError } from '../../../shared/errors';
import type { ImportMapping } from '../../../shared/imports';
import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO } from '../context';
import { readVaultPassphrase } from '../secrets';
import { UsageError } from '../usage';

function readMapping(path: string): ImportMapping {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new MusterError('NOT_FOUND', 'The mapping file could not be read.');
  }
  try {
    return JSON.parse(text) as ImportMapping;
  } catch {
    throw new MusterError('INVALID_INPUT', 'The mapping file is not valid JSON.');
  }
}

export async function importFile(argv: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parse(argv, {
    ...COMMON_OPTIONS,
    source: { type: 'string' },
    mapping: { type: 'string' },
    country: { type: 'string' },
    sheet: { type: 'string' },
    encoding: { type: 'string' },
    'save-template': { type: 'string' },
  });
  const vaultPath = positional(positionals, 0, 'vault');
  const file = positional(positionals, 1, 'file');
  if (!values.source) throw new UsageError('Name the source with --source <name>.');
  if (values.country !== undefined && !/^[A-Za-z]{2}$/.test(values.country)) {
    throw new UsageError('--country takes a two-letter ISO code, such as LB.');
  }
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const operator = resolveOperator(values.operator, io.env);
  const fileOptions = {
    path: file,
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    ...(values.encoding !== undefined ? { encoding: values.encoding } : {}),
  };
  const given = values.mapping === undefined ? undefined : readMapping(values.mapping);

  const result = await withEngine(async (call) => {
    await call('vault.unlock', { path: vaultPath, passphrase, operator });
    const preview = await call('import.preview', {
      ...fileOptions,
      source: values.source,
      ...(given ? { mapping: given } : {}),
    });
    // The preview already fills in the vault's host country; asking again keeps the fallback explicit.
    const country =
      values.country?.toUpperCase() ??
      preview.mapping.country ??
      (await call('settings.get', {})).hostCountry ??
      undefined;
    const mapping: ImportMapping = { ...preview.mapping, ...(country ? { country } : {}) };
    return call('import.run', {
      ...fileOptions,
      source: values.source as string,
      mapping,
      ...(values['save-template'] ? { saveTemplate: values['save-template'] } : {}),
    });
  });
  if (values.json === true) {
    io.stdout(JSON.stringify(result) + '\n');
    return;
  }
  const c = result.counts;
  io.stdout(
    [
      `Batch:     ${result.batchId}`,
      `Read:      ${c.read}`,
      `Imported:  ${c.imported}`,
      `Updated:   ${c.updated}`,
      `Unchanged: ${c.unchanged}`,
      `Rejected:  ${c.rejected}`,
      `Geocoded:  ${c.geocoded}`,
      `Unplaced:  ${c.unplaced}`,
    ].join('\n') + '\n',
  );
}

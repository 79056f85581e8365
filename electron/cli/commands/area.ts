// `muster area add <vault> <file> --name <n> [--severity …] [--source …] [--format …] [--per-feature]`
// and `muster area list <vault> [--json]`: crisis areas from files, as the app imports them.
import type { AreaFileFormat, CrisisArea, Severity } from '../../../shared/areas';
import { AreaFileFormat as FormatSchema, Severity as SeveritySchema } from '../../../shared/areas';
import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO, type EngineCall } from '../context';
import { readVaultPassphrase } from '../secrets';
import { UsageError } from '../usage';

export async function area(argv: string[], io: CliIO): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === 'add') return addArea(rest, io);
  if (sub === 'list') return listAreas(rest, io);
  throw new UsageError('Use "muster area add <vault> <file> --name <n>" or "muster area list <vault>".');
}

const SEVERITY_WORDS: Record<string, Severity> = { evacuate: 'evacuate', shelter: 'shelter', watch: 'watch' };

async function addArea(argv: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parse(argv, {
    ...COMMON_OPTIONS,
    name: { type: 'string' },
    severity: { type: 'string' },
    source: { type: 'string' },
    at: { type: 'string' },
    format: { type: 'string' },
    'per-feature': { type: 'boolean' },
  });
  const vaultPath = positional(positionals, 0, 'vault');
  const file = positional(positionals, 1, 'file');
  if (!values.name) throw new UsageError('Name the area with --name <name>.');
  const severity = SEVERITY_WORDS[values.severity ?? 'watch'];
  if (!severity || !SeveritySchema.safeParse(severity).success) {
    throw new UsageError('--severity is one of evacuate, shelter, watch.');
  }
  const format = (values.format ?? 'auto') as AreaFileFormat;
  if (!FormatSchema.safeParse(format).success) {
    throw new UsageError('--format is one of auto, geojson, kml, kmz, shapefile.');
  }
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const operator = resolveOperator(values.operator, io.env);
  const result = await withEngine(async (call) => {
    await call('vault.unlock', { path: vaultPath, passphrase, operator });
    return call('area.import', {
      path: file,
      name: values.name!,
      severity,
      format,
      mode: values['per-feature'] ? 'perFeature' : 'single',
      ...(values.source !== undefined ? { source: values.source } : {}),
      ...(values.at !== undefined ? { at: values.at } : {}),
    });
  });
  if (values.json === true) {
    io.stdout(JSON.stringify({ areas: result.areas.map(summary), notes: result.notes }) + '\n');
    return;
  }
  for (const a of result.areas) {
    io.stdout(`area ${a.id}\t${a.name}\t${a.severity}\t${a.vertexCount} vertices\n`);
    for (const r of a.repairs) io.stdout(`  repaired: ${r}\n`);
  }
  for (const note of result.notes) io.stdout(`note: ${note}\n`);
}

async function listAreas(argv: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parse(argv, COMMON_OPTIONS);
  const vaultPath = positional(positionals, 0, 'vault');
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const operator = resolveOperator(values.operator, io.env);
  const areas = await withEngine(async (call) => {
    await call('vault.unlock', { path: vaultPath, passphrase, operator });
    return call('area.list', {});
  });
  if (values.json === true) {
    io.stdout(JSON.stringify(areas.map(summary)) + '\n');
    return;
  }
  for (const a of areas) {
    io.stdout([a.id, a.name, a.severity, a.at, a.source, `${a.vertexCount} vertices`].join('\t') + '\n');
  }
  io.stdout(`${areas.length} area${areas.length === 1 ? '' : 's'}\n`);
}

/** What scripts need; the geometry itself stays in the vault. */
function summary(a: CrisisArea) {
  const { geometry: _geometry, ...rest } = a;
  return rest;
}

/** An area given by number, or by its exact name (ignoring case). */
export async function resolveArea(call: EngineCall, given: string): Promise<CrisisArea> {
  const areas = await call('area.list', {});
  if (/^\d+$/.test(given)) {
    const byId = areas.find((a) => a.id === Number(given));
    if (byId) return byId;
  }
  const named = areas.filter((a) => a.name.toLowerCase() === given.toLowerCase());
  if (named.length === 1) return named[0]!;
  if (named.length > 1) {
    throw new UsageError(
      `Several areas have that name (${named.map((a) => a.id).join(', ')}): give the number.`,
    );
  }
  throw new UsageError('No crisis area has that name or number; see "muster area list".');
}

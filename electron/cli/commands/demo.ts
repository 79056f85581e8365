// The demo vault lets a newcomer see Muster with data in it, without touching real records: a
// synthetic registration file and employers' rosters go through the same import as real files.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { writeDataset } from '../../engine/synthetic/generator';
import { COMMON_OPTIONS, parse } from '../args';
import { resolveOperator, withEngine, type CliIO, type EngineCall } from '../context';
import { UsageError } from '../usage';

/** Published on purpose: the demo vault holds only synthetic people. */
export const DEMO_PASSPHRASE = 'muster demo passphrase';
export const DEMO_VAULT_PATH = 'demo/demo.muster';

/** The generated files and the source each stands for; truth and people.csv are the generator's answers. */
function sourceOf(fileName: string): string | null {
  if (fileName === 'registrations.csv') return 'Ministry registrations';
  const roster = /^roster-(.+)\.(csv|tsv|json)$/.exec(fileName);
  return roster ? `Employer roster: ${roster[1]}` : null;
}

async function importFile(call: EngineCall, path: string, source: string): Promise<number> {
  const preview = await call('import.preview', { path, source });
  const mapping = { ...preview.mapping, country: preview.mapping.country ?? 'LB' };
  const { counts } = await call('import.run', { path, source, mapping });
  return counts.imported;
}

/**
 * A crisis in progress, so every screen has something to show: duplicates found, two areas around
 * Beirut, assembly points, and the first calls of the crisis cell recorded.
 */
async function stageCrisis(call: EngineCall): Promise<void> {
  await call('match.run', { mode: 'full' });
  const port = await call('area.create', {
    name: 'Port district (demo)',
    severity: 'evacuate',
    source: 'Demo scenario',
    shape: { kind: 'circle', center: [35.5155, 33.9013], radiusKm: 3 },
  });
  await call('area.create', {
    name: 'Greater Beirut (demo)',
    severity: 'shelter',
    source: 'Demo scenario',
    shape: { kind: 'rectangle', west: 35.45, south: 33.82, east: 35.62, north: 33.93 },
  });
  await call('assembly.create', { name: 'Beirut airport', kind: 'airport', lon: 35.4884, lat: 33.8209 });
  await call('assembly.create', { name: 'Embassy', kind: 'embassy', lon: 35.4975, lat: 33.8886 });
  await call('status.set', { selection: { areaId: port.id }, status: 'contacted' });
}

export async function demo(argv: string[], io: CliIO): Promise<void> {
  const { values } = parse(argv, {
    ...COMMON_OPTIONS,
    out: { type: 'string' },
    people: { type: 'string' },
    'if-missing': { type: 'boolean' },
  });
  const path = resolve(values.out ?? DEMO_VAULT_PATH);
  const people = values.people === undefined ? 2000 : Number(values.people);
  if (!Number.isInteger(people) || people < 1 || people > 1_000_000) {
    throw new UsageError('--people must be a whole number between 1 and 1000000.');
  }
  if (existsSync(path) && values['if-missing']) {
    io.stdout(`Demo vault ready: ${path} (passphrase: "${DEMO_PASSPHRASE}")\n`);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'muster-demo-'));
  try {
    const summary = await writeDataset({ people, seed: 1 }, work);
    const operator = resolveOperator(values.operator, io.env);
    const imported = await withEngine(async (call) => {
      await call('vault.create', { path, passphrase: DEMO_PASSPHRASE, operator });
      let total = 0;
      for (const file of summary.files) {
        const source = sourceOf(file.name);
        if (source) total += await importFile(call, join(work, file.name), source);
      }
      await stageCrisis(call);
      return total;
    });
    io.stdout(
      `Demo vault created: ${path} with ${imported} synthetic records (passphrase: "${DEMO_PASSPHRASE}")\n`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Exports at scale. Goals: a 100k-person manifest as CSV in ≤ 2 s (selection by area, reading the
// records, household grouping, writing, audit), the same manifest printed as PDF in ≤ 30 s, and
// aggregated figures over 1M people in ≤ 2 s.
// The 1M aggregate runs on synthetic typed columns (the form the vault's people are cached in) with 5%
// of the records merged in pairs into persons, so the bench does not need a 1M-person vault; the full
// export.aggregate path is timed on the 100k vault.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CrisisArea } from '../../shared/areas';
import { insertAreas, listAreas } from '../../electron/engine/areas/areaStore';
import { peopleColumns, type PeopleColumns } from '../../electron/engine/areas/people/peopleColumns';
import { aggregateAreas } from '../../electron/engine/exports/aggregate';
import { exportAggregate, exportManifest } from '../../electron/engine/exports/exportActions';
import type { PersonOverlay } from '../../electron/engine/people/personOverlay';
import { seedSyntheticPeople } from '../../electron/engine/synthetic/seed';
import { Vault } from '../../electron/engine/vault/vault';
import { seededRandom } from '../engine/areas/fixtures';
import { report, round } from './report';

const HOST = { west: 35.1, south: 33.05, east: 36.62, north: 34.69 };
const cheapKdf = { name: 'argon2id', memoryKiB: 8, iterations: 1, parallelism: 1 } as const;
const plain = { mode: 'plain', confirmed: true } as const;

function hostArea(): Omit<CrisisArea, 'id' | 'createdAt' | 'updatedAt' | 'bbox' | 'vertexCount'> {
  const { west, south, east, north } = HOST;
  return {
    name: 'host country',
    severity: 'evacuate',
    at: '2026-01-01T00:00:00.000Z',
    source: 'bench',
    origin: 'drawn',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    },
    repairs: [],
  };
}

async function best<T>(runs: number, work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  let ms = Infinity;
  let value!: T;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    value = await work();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, value };
}

interface BenchVault {
  dir: string;
  vault: Vault;
  areaId: number;
  publisher: { vault: Vault; operator: string; now: () => Date };
}

/** A vault of `n` synthetic records, all inside one crisis area, 5% of them merged in pairs into persons. */
async function benchVault(n: number): Promise<BenchVault> {
  const dir = mkdtempSync(join(tmpdir(), 'muster-bench-exports-'));
  const vault = await Vault.create(join(dir, 'exports.muster'), 'benchmark passphrase', { kdf: cheapKdf });
  await seedSyntheticPeople(vault, { count: n, seed: 7 });
  const ids = vault.query<{ id: number }>('SELECT id FROM person ORDER BY id').map((r) => r.id);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < ids.length; i += 40)
    pairs.push(`(${ids[i]}, ${ids[i]}), (${ids[i + 1]}, ${ids[i]})`);
  await vault.mutate([
    { sql: `INSERT INTO match_cluster (record_id, person_id) VALUES ${pairs.join(', ')}` },
  ]);
  const actor = { operator: 'bench', now: () => new Date() };
  const [area] = await insertAreas(vault, actor, [hostArea()], 'area.create');
  peopleColumns(vault); // the columns cache is warm in the app once the map has been shown
  return { dir, vault, areaId: area!.id, publisher: { vault, operator: 'bench', now: () => new Date() } };
}

async function timeManifestPdf({ dir, areaId, publisher }: BenchVault): Promise<void> {
  const pdf = await best(1, () =>
    exportManifest(publisher, {
      selection: { areaId },
      format: 'pdf',
      path: join(dir, 'manifest.pdf'),
      seal: plain,
    }),
  );
  report({
    metric: 'exports.manifest_pdf_ms',
    value: round(pdf.ms),
    unit: 'ms',
    n: pdf.value.people,
    goal: '<= 30000 ms at 100k',
  });
}

/** The printed manifest alone, for working on the PDF without the other exports' runs. */
export async function benchManifestPdf(manifestN = 100_000): Promise<void> {
  const bench = await benchVault(manifestN);
  try {
    await timeManifestPdf(bench);
    await bench.vault.close();
  } finally {
    rmSync(bench.dir, { recursive: true, force: true });
  }
}

export async function benchExports(manifestN = 100_000, aggregateN = 1_000_000): Promise<void> {
  const bench = await benchVault(manifestN);
  const { dir, vault, areaId, publisher } = bench;
  try {
    const manifest = await best(3, () =>
      exportManifest(publisher, {
        selection: { areaId },
        format: 'csv',
        path: join(dir, 'manifest.csv'),
        seal: plain,
      }),
    );
    report({
      metric: 'exports.manifest_csv_ms',
      value: round(manifest.ms),
      unit: 'ms',
      n: manifest.value.people,
      goal: '<= 2000 ms at 100k',
    });
    const xlsx = await best(1, () =>
      exportManifest(publisher, {
        selection: { areaId },
        format: 'xlsx',
        path: join(dir, 'manifest.xlsx'),
        seal: plain,
      }),
    );
    report({ metric: 'exports.manifest_xlsx_ms', value: round(xlsx.ms), unit: 'ms', n: xlsx.value.people });
    await timeManifestPdf(bench);
    const full = await best(3, () =>
      exportAggregate(publisher, { format: 'csv', path: join(dir, 'figures.csv'), k: 5, seal: plain }),
    );
    report({ metric: 'exports.aggregate_export_ms', value: round(full.ms), unit: 'ms', n: manifestN });
    const [area] = listAreas(vault);
    await vault.close();

    const columns = syntheticColumns(aggregateN);
    const persons = syntheticPersons(columns);
    const stored = { ...area!, updatedAt: 'bench-1m' };
    const aggregate = await best(3, () => aggregateAreas(columns, persons, [stored], 5, new Date()));
    report({
      metric: 'exports.aggregate_1m_ms',
      value: round(aggregate.ms),
      unit: 'ms',
      n: aggregateN,
      goal: '<= 2000 ms',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Placed people spread over the host country: 40 nationalities, four sexes, birth years 1930-2025. */
function syntheticColumns(n: number): PeopleColumns {
  const random = seededRandom(2026);
  const nationalities = Array.from({ length: 40 }, (_, i) =>
    String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26)),
  );
  const columns = {
    ids: Int32Array.from({ length: n }, (_, i) => i + 1),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    nationality: new Int16Array(n),
    nationalities,
    sex: new Uint8Array(n),
    birth: new Int32Array(n),
    specialNeeds: new Uint8Array(n),
    household: new Int32Array(n).fill(-1),
    unplaced: 0,
  };
  for (let i = 0; i < n; i++) {
    columns.lon[i] = HOST.west + random() * (HOST.east - HOST.west);
    columns.lat[i] = HOST.south + random() * (HOST.north - HOST.south);
    columns.nationality[i] = Math.floor(random() ** 2 * 40);
    columns.sex[i] = Math.floor(random() * 4);
    columns.birth[i] = random() < 0.05 ? 0 : (1930 + Math.floor(random() * 95)) * 10000 + 101;
  }
  return columns;
}

/** Every 40th record merged with the next one (5% of records in merged persons), surviving with its values. */
function syntheticPersons(columns: PeopleColumns): PersonOverlay {
  const n = columns.ids.length;
  const slot = new Int32Array(n).fill(-1);
  const first: number[] = [];
  for (let i = 0; i + 1 < n; i += 40) {
    slot[i] = slot[i + 1] = first.length;
    first.push(i);
  }
  return {
    slot,
    persons: Int32Array.from(first, (i) => columns.ids[i]!),
    nationality: Int16Array.from(first, (i) => columns.nationality[i]!),
    nationalities: columns.nationalities,
    sex: Uint8Array.from(first, (i) => columns.sex[i]!),
    birth: Int32Array.from(first, (i) => columns.birth[i]!),
    specialNeeds: Uint8Array.from(first, (i) => columns.specialNeeds[i]!),
    household: Int32Array.from(first, (i) => columns.household[i]!),
  };
}

// The whole import at scale: the generator's registrations file through the real pipeline into a
// new vault, saved durably, against SQLite's own CSV import of the same file as the baseline in
// the same run; then people searches on the imported vault. The import runs in a child process so
// its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataset } from '../../electron/engine/synthetic/generator';
import type { ImportChildResult } from './importChild';
import { report, round } from './report';

const SQLITE = '/usr/bin/sqlite3';
const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'importChild.ts');

/** Wall time of `sqlite3 <db> ".import --csv <file> t"`: a plain load into a fresh file, no keys. */
function sqliteBaselineMs(file: string, db: string): number {
  const t0 = performance.now();
  const run = spawnSync(SQLITE, ['-bail', db, `.import --csv ${file} registrations`], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`sqlite3 baseline failed: ${run.stderr}`);
  return ms;
}

function runChild(file: string, vaultPath: string): ImportChildResult {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, file, vaultPath], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`import child failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as ImportChildResult;
}

export async function benchImportFull(people: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'muster-bench-import-'));
  try {
    const t0 = performance.now();
    await writeDataset({ people, seed: 7 }, dir);
    report({ metric: 'gen.dataset_ms', value: round(performance.now() - t0), unit: 'ms', n: people });
    const file = join(dir, 'registrations.csv');

    const load = round(loadavg()[0] ?? 0, 2);
    const baseline = sqliteBaselineMs(file, join(dir, 'baseline.db'));
    const child = runChild(file, join(dir, 'bench.muster'));
    const rows = child.counts.read ?? 0;
    report({
      metric: 'import.full_ms',
      value: child.importMs,
      unit: 'ms',
      n: rows,
      goal: '≤ 4× sqlite3 .import',
      baseline: round(baseline),
      ratio: round(child.importMs / baseline, 1),
    });
    report({ metric: 'import.index_rebuild_ms', value: child.indexMs, unit: 'ms', n: rows });
    report({ metric: 'import.save_ms', value: child.saveMs, unit: 'ms', n: rows });
    report({
      metric: 'import.peak_rss_mib',
      value: child.maxRssMiB,
      unit: 'MiB',
      n: rows,
      goal: '≤ 2048 MiB',
    });
    report({ metric: 'import.geocoded', value: child.counts.geocoded ?? 0, unit: 'rows', n: rows });
    report({ metric: 'import.unplaced', value: child.counts.unplaced ?? 0, unit: 'rows', n: rows });
    for (const s of child.search) {
      report({
        metric: `people.search_ms.${s.kind}.p50`,
        value: s.p50,
        unit: 'ms',
        n: s.n,
        goal: '≤ 100 ms',
      });
      report({
        metric: `people.search_ms.${s.kind}.p99`,
        value: s.p99,
        unit: 'ms',
        n: s.n,
        goal: '≤ 100 ms',
      });
      if (s.hits < s.n)
        report({ metric: `people.search_misses.${s.kind}`, value: s.n - s.hits, unit: 'queries' });
    }
    // Two cores shared with other work: the load says how far to trust the wall-clock figures.
    report({ metric: 'bench.load_avg_1m', value: load, unit: 'load', n: people });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

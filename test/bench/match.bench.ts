// Duplicate finding at scale and its quality on generator data with ground truth.
// - quality: every generated file imported, a full run, pairwise precision/recall/F1 of the
//   auto-linked persons (review band counted as not linked);
// - speed: registrations of N people (≈0.92 N records) matched in full, then 10,000 roster rows
//   (mostly duplicates of them) matched incrementally; each step in a child process for its RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataset } from '../../electron/engine/synthetic/generator';
import { evaluateVault } from '../engine/match/evaluate';
import type { MatchChildResult } from './matchChild';
import { report, round } from './report';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'matchChild.ts');
const INCREMENT_ROWS = 10_000;

function child(...args: string[]): MatchChildResult {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=3072', CHILD, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 22,
  });
  if (run.status !== 0) throw new Error(`match child failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as MatchChildResult;
}

export async function benchMatchQuality(people: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'muster-bench-matchq-'));
  try {
    await writeDataset({ people, seed: 13 }, dir);
    const vault = join(dir, 'quality.muster');
    child('create', vault);
    for (const f of [
      'registrations.csv',
      'roster-al-manara.csv',
      'roster-cedre-bleu.csv',
      'roster-harbour-staffing.json',
      'roster-phoenicia-home.tsv',
    ]) {
      child('import', vault, join(dir, f));
    }
    const run = child('match', vault, 'full').summary!;
    const { quality } = await evaluateVault(vault, dir, 'benchmark passphrase, synthetic data only');
    const n = run.records;
    report({
      metric: 'match.quality.precision',
      value: round(quality.precision, 4),
      unit: 'ratio',
      n,
      goal: '≥ 0.995',
    });
    report({
      metric: 'match.quality.recall',
      value: round(quality.recall, 4),
      unit: 'ratio',
      n,
      goal: '≥ 0.97',
    });
    report({ metric: 'match.quality.f1', value: round(quality.f1, 4), unit: 'ratio', n });
    report({ metric: 'match.quality.true_pairs', value: quality.truePairs, unit: 'pairs', n });
    report({ metric: 'match.quality.review_pairs', value: run.review, unit: 'pairs', n });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchMatchSpeed(people: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'muster-bench-match-'));
  try {
    await writeDataset({ people, seed: 17 }, dir);
    const vault = join(dir, 'speed.muster');
    child('create', vault);
    const imported = child('import', vault, join(dir, 'registrations.csv'));
    report({ metric: 'match.setup_import_ms', value: imported.ms, unit: 'ms', n: people });

    const load = round(loadavg()[0] ?? 0, 2);
    const full = child('match', vault, 'full');
    const s = full.summary!;
    report({
      metric: 'match.full_s',
      value: round(s.durationMs / 1000, 2),
      unit: 's',
      n: s.records,
      goal: '≤ 60 s at 1M',
    });
    for (const p of s.phases)
      report({ metric: `match.full_phase_ms.${p.phase}`, value: p.ms, unit: 'ms', n: s.records });
    report({
      metric: 'match.full_peak_rss_mib',
      value: full.maxRssMiB,
      unit: 'MiB',
      n: s.records,
      goal: '≤ 3072 MiB',
    });
    report({ metric: 'match.full_pairs', value: s.pairsCompared, unit: 'pairs', n: s.records });
    report({
      metric: 'match.full_pairs_per_record',
      value: round(s.pairsCompared / s.records, 2),
      unit: 'pairs',
      n: s.records,
    });

    // 10,000 roster rows, most of them people already registered.
    const roster = readFileSync(join(dir, 'roster-cedre-bleu.csv'), 'latin1').split('\n');
    const slice = join(dir, 'roster-new.csv');
    writeFileSync(slice, roster.slice(0, INCREMENT_ROWS + 1).join('\n') + '\n', 'latin1');
    child('import', vault, slice);
    const step = child('match', vault, 'incremental');
    const i = step.summary!;
    report({
      metric: 'match.incremental_s',
      value: round(i.durationMs / 1000, 2),
      unit: 's',
      n: i.newRecords,
      goal: `≤ 5 s for 10k new against 1M (here ${s.records} existing)`,
    });
    for (const p of i.phases)
      report({ metric: `match.incremental_phase_ms.${p.phase}`, value: p.ms, unit: 'ms', n: i.newRecords });
    report({ metric: 'match.incremental_peak_rss_mib', value: step.maxRssMiB, unit: 'MiB', n: i.newRecords });
    report({ metric: 'match.incremental_links', value: i.links, unit: 'links', n: i.newRecords });
    report({ metric: 'bench.load_avg_1m', value: load, unit: 'load', n: people });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

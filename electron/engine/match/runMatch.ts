// A matching run, full or incremental, start to finish: phases reported as job progress, results
// written in one vault transaction (`vault.bulk`), the run audited with counts only.
import type { Database } from 'sql.js';
import {
  STORED_WEIGHT_FLOOR,
  type MatchPhase,
  type MatchRunSummary,
  type MatchThresholds,
} from '../../../shared/match';
import { recordAudit } from '../audit/audit';
import type { JobContext } from '../types';
import type { Statement, Vault } from '../vault/vault';
import { existingCandidates } from './candidates';
import { loadRecordsById, storedTf } from './context';
import {
  clusterPass,
  pairKey,
  scoreTable,
  type Decisions,
  type MatchPass,
  type PhaseHooks,
} from './matchRecords';
import {
  concatRecords,
  loadRecords,
  loadRecordsInSteps,
  NameKeyCache,
  StringPool,
  type RecordTable,
} from './records';
import { applyAndRecluster, clusterStatements, insertStatements, persist, personsOf } from './recluster';
import { eachInChunks, eachRow, indexOfId, scalarOf } from './sql';
import { pendingCondition, readSettings, readState, stateStatement, type StoredModel } from './state';
import type { TfTables } from './termFrequency';

export type RunMode = 'auto' | 'full' | 'incremental';

export async function runMatch(
  vault: Vault,
  operator: string,
  mode: RunMode,
  ctx: JobContext,
  now: () => Date,
): Promise<MatchRunSummary> {
  const db = vault.db;
  const canIncrement = readState(db, 'model') !== null && readState(db, 'progress') !== null;
  const incremental = mode === 'incremental' ? canIncrement : mode === 'auto' && canIncrement;
  const summary = incremental ? await incrementalRun(vault, ctx, now) : await fullRun(vault, ctx, now);
  // Counts only: the trail never names people.
  await recordAudit(vault, {
    operator,
    action: 'match.run',
    object: summary.mode,
    counts: {
      records: summary.records,
      newRecords: summary.newRecords,
      pairsCompared: summary.pairsCompared,
      links: summary.links,
      clusters: summary.clusters,
      review: summary.review,
    },
    at: now(),
  });
  return summary;
}

function hooksOf(ctx: JobContext): PhaseHooks {
  return {
    progress: (phase, done, total) => ctx.progress({ phase, done, total }),
    checkpoint: () => ctx.checkpoint(),
  };
}

class PhaseClock {
  readonly phases: { phase: MatchPhase; ms: number }[] = [];
  private t = performance.now();
  readonly start = this.t;
  lap(phase: MatchPhase) {
    const now = performance.now();
    this.phases.push({ phase, ms: Math.round(now - this.t) });
    this.t = now;
  }
  merge(phases: { phase: MatchPhase; ms: number }[]) {
    this.phases.push(...phases);
    this.t = performance.now();
  }
}

async function fullRun(vault: Vault, ctx: JobContext, now: () => Date): Promise<MatchRunSummary> {
  const db = vault.db;
  const hooks = hooksOf(ctx);
  const clock = new PhaseClock();
  const { thresholds } = readSettings(db);
  const startedAt = now().toISOString();
  const records = scalarOf(db, 'SELECT count(*) FROM person');
  hooks.progress('loading', 0, records);
  const t = await loadRecordsInSteps(db, '1', async (done) => {
    hooks.progress('loading', done, records);
    await ctx.checkpoint();
  });
  clock.lap('loading');
  await ctx.checkpoint();

  const pass = await scoreTable(t, hooks);
  clock.merge(pass.phases);

  hooks.progress('clustering', 0, 1);
  const clusters = clusterPass(t, pass, thresholds, decisionsFor(db, t));
  const persons = personsOf(t.id, clusters.root);
  clock.lap('clustering');
  await ctx.checkpoint();

  hooks.progress('saving', 0, 1);
  const maxId = t.size > 0 ? t.id[t.size - 1]! : 0;
  const bands = bandsOf(pass.weights, thresholds);
  await persist(vault, [
    { sql: 'DELETE FROM match_pair' },
    { sql: 'DELETE FROM match_cluster' },
    ...pairStatements(t, pass),
    ...clusterStatements({ scope: [], persons }),
    ...modelStatements(t, pass),
    stateStatement('progress', { matchedMaxId: maxId, matchedAt: startedAt, compared: pass.left.length }),
  ]);
  clock.lap('saving');

  const summary: MatchRunSummary = {
    at: now().toISOString(),
    mode: 'full',
    records: t.size,
    newRecords: t.size,
    pairsCompared: pass.left.length,
    pairsByRule: pass.byRule,
    links: clusters.links,
    linksRefused: clusters.refused,
    clusters: t.size - persons.length + countPersons(persons),
    mergedClusters: countPersons(persons),
    review: bands.review,
    bands,
    thresholds,
    phases: clock.phases,
    durationMs: Math.round(performance.now() - clock.start),
    matchProportion: pass.model.lambda,
  };
  await vault.mutate([stateStatement('last_run', summary)]);
  return summary;
}

async function incrementalRun(vault: Vault, ctx: JobContext, now: () => Date): Promise<MatchRunSummary> {
  const db = vault.db;
  const hooks = hooksOf(ctx);
  const clock = new PhaseClock();
  const { thresholds } = readSettings(db);
  const stored = readState(db, 'model') as StoredModel;
  const progress = readState(db, 'progress')!;

  hooks.progress('loading', 0, 1);
  const pool = new StringPool();
  const names = new NameKeyCache();
  const startedAt = now().toISOString();
  const pending = pendingCondition(progress);
  const fresh = loadRecords(db, pending.where, pending.params, pool, names);
  const existing = loadRecordsById(db, existingCandidates(db, fresh), pool, names);
  const t = concatRecords(existing, fresh);
  const tf = storedTf(db, stored, t);
  addCounts(tf, t, existing.size);
  clock.lap('loading');
  await ctx.checkpoint();

  const pass = await scoreTable(t, hooks, { newFrom: existing.size, model: stored.model, tf });
  clock.merge(pass.phases);

  hooks.progress('clustering', 0, 1);
  const seeds = new Set<number>(Array.from(fresh.id));
  for (let p = 0; p < pass.weights.length; p++) {
    if (pass.weights[p]! >= thresholds.autoLink) seeds.add(t.id[pass.left[p]!]!);
  }
  const bands = bandsOf(pass.weights, thresholds);
  const maxId = Math.max(progress.matchedMaxId, fresh.size > 0 ? fresh.id[fresh.size - 1]! : 0);
  hooks.progress('saving', 0, 1);
  const { links, refused } = await applyAndRecluster(
    vault,
    seeds,
    [
      ...staleStatements(db, fresh, progress.matchedAt),
      ...pairStatements(t, pass),
      stateStatement('progress', {
        matchedMaxId: maxId,
        matchedAt: startedAt,
        compared: progress.compared + pass.left.length,
      }),
    ],
    thresholds,
  );
  clock.lap('saving');

  const status = clusterCounts(db);
  const summary: MatchRunSummary = {
    at: now().toISOString(),
    mode: 'incremental',
    records: scalarOf(db, 'SELECT count(*) FROM person'),
    newRecords: fresh.size,
    pairsCompared: pass.left.length,
    pairsByRule: pass.byRule,
    links,
    linksRefused: refused,
    clusters: status.clusters,
    mergedClusters: status.merged,
    review: bands.review,
    bands,
    thresholds,
    phases: clock.phases,
    durationMs: Math.round(performance.now() - clock.start),
    matchProportion: stored.model.lambda,
  };
  await vault.mutate([stateStatement('last_run', summary)]);
  return summary;
}

/**
 * Pairs scored for a record before it changed are stale; a record created since the last run whose
 * id was used before (an undone import) must not inherit that record's decisions.
 */
function staleStatements(db: Database, fresh: RecordTable, matchedAt: string): Statement[] {
  const ids = Array.from(fresh.id);
  const created: number[] = [];
  eachInChunks(
    db,
    'SELECT id FROM person WHERE id IN (#) AND created_at > ?',
    ids,
    (r) => created.push(r[0] as number),
    [matchedAt],
  );
  const out: Statement[] = [];
  for (const side of ['left_id', 'right_id']) {
    for (const [table, list] of [
      ['match_pair', ids],
      ['match_decision', created],
    ] as const) {
      for (let k = 0; k < list.length; k += 500) {
        const part = list.slice(k, k + 500);
        out.push({
          sql: `DELETE FROM ${table} WHERE ${side} IN (${part.map(() => '?').join(',')})`,
          params: part,
        });
      }
    }
  }
  return out;
}

function addCounts(tf: TfTables, t: RecordTable, from: number): void {
  tf.given.add(t.given, from);
  tf.surname.add(t.surname, from);
  tf.dob.add(t.dob, from);
}

/** Officer decisions between records of `t`, as record indexes. */
function decisionsFor(db: Database, t: RecordTable): Decisions {
  const out: Decisions = { match: [], notMatch: new Set() };
  eachRow(db, "SELECT left_id, right_id, decision FROM match_decision WHERE decision != 'skip'", [], (r) => {
    const a = indexOfId(t.id, r[0] as number);
    const b = indexOfId(t.id, r[1] as number);
    if (a < 0 || b < 0) return;
    if (r[2] === 'match') out.match.push([a, b]);
    else out.notMatch.add(pairKey(a, b));
  });
  return out;
}

/** The pairs worth keeping (at or above the stored floor), lower id first. */
function pairStatements(t: RecordTable, pass: MatchPass): Statement[] {
  const rows: number[][] = [];
  for (let p = 0; p < pass.weights.length; p++) {
    const w = pass.weights[p]!;
    if (w < STORED_WEIGHT_FLOOR) continue;
    const a = t.id[pass.left[p]!]!;
    const b = t.id[pass.right[p]!]!;
    rows.push(a < b ? [a, b, round(w)] : [b, a, round(w)]);
  }
  return insertStatements('match_pair', 'left_id, right_id, weight', rows);
}

const round = (w: number) => Math.round(w * 1000) / 1000;

/** The estimated model and the common values' frequencies, for explanations and incremental runs. */
function modelStatements(t: RecordTable, pass: MatchPass): Statement[] {
  const rows: (string | number)[][] = [];
  for (const [field, table] of Object.entries(pass.tf)) {
    for (const [value, n] of table.common()) {
      rows.push([field, field === 'dob' ? String(value) : t.pool.get(value), n]);
    }
  }
  const tfMeta = (k: keyof TfTables) => ({ total: pass.tf[k].total, reference: pass.tf[k].reference });
  return [
    { sql: 'DELETE FROM match_tf' },
    ...insertStatements('match_tf', 'field, value, n', rows),
    stateStatement('model', {
      model: pass.model,
      tf: { given: tfMeta('given'), surname: tfMeta('surname'), dob: tfMeta('dob') },
    }),
  ];
}

export function bandsOf(weights: Float32Array, thresholds: MatchThresholds) {
  let autoLink = 0;
  let review = 0;
  for (let p = 0; p < weights.length; p++) {
    const w = weights[p]!;
    if (w >= thresholds.autoLink) autoLink++;
    else if (w >= thresholds.review) review++;
  }
  return { autoLink, review, distinct: weights.length - autoLink - review };
}

function countPersons(persons: [number, number][]): number {
  return new Set(persons.map((p) => p[1])).size;
}

export function clusterCounts(db: Database): { clusters: number; merged: number } {
  const records = scalarOf(db, 'SELECT count(*) FROM person');
  const inMerged = scalarOf(db, 'SELECT count(*) FROM match_cluster');
  const merged = scalarOf(db, 'SELECT count(DISTINCT person_id) FROM match_cluster');
  return { clusters: records - inMerged + merged, merged };
}

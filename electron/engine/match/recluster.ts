// Re-clusters the part of the vault a change touches (a decision, an unmerge, new records), from
// the stored pair scores: the same clustering as a full run, restricted to the records whose
// person can change. That part is the closure of the seed records over current persons, stored
// links at or above the auto-link threshold and 'match' decisions, so every link that competed in
// the full run competes again here.
import type { Database, SqlValue } from 'sql.js';
import type { MatchThresholds } from '../../../shared/match';
import type { Statement, Vault } from '../vault/vault';
import { clusterRecords } from './clustering';
import { scoringContext } from './context';
import { CONFLICT_WEIGHT, pairKey } from './matchRecords';
import { eachInChunks } from './sql';

/** A closure larger than this is a hub of bad links: stop growing it (the cluster-size cap holds). */
const MAX_SCOPE = 20_000;

export function closureOf(db: Database, seeds: Iterable<number>, autoLink: number): number[] {
  const seen = new Set<number>(seeds);
  let frontier = [...seen];
  const add = (row: SqlValue[]) => {
    for (const v of row) {
      const id = v as number;
      if (!seen.has(id) && seen.size < MAX_SCOPE) {
        seen.add(id);
        next.push(id);
      }
    }
  };
  let next: number[] = [];
  while (frontier.length > 0) {
    next = [];
    eachInChunks(
      db,
      'SELECT record_id FROM match_cluster WHERE person_id IN (SELECT person_id FROM match_cluster WHERE record_id IN (#))',
      frontier,
      add,
    );
    for (const side of ['left_id', 'right_id']) {
      eachInChunks(
        db,
        `SELECT left_id, right_id FROM match_pair WHERE ${side} IN (#) AND weight >= ?`,
        frontier,
        add,
        [autoLink],
      );
      eachInChunks(
        db,
        `SELECT left_id, right_id FROM match_decision WHERE ${side} IN (#) AND decision = 'match'`,
        frontier,
        add,
      );
    }
    frontier = next;
  }
  return [...seen].sort((a, b) => a - b);
}

export interface Reclustered {
  scope: number[];
  /** [record id, person id] for records of persons with several records. */
  persons: [number, number][];
  links: number;
  refused: number;
}

export function reclusterScope(db: Database, scope: number[], thresholds: MatchThresholds): Reclustered {
  const ctx = scoringContext(db, scope);
  const { t } = ctx;
  const linkLeft: number[] = [];
  const linkRight: number[] = [];
  const linkWeight: number[] = [];
  const ids = Array.from(t.id);
  const inTable = new Set(ids);
  const present = (id: number) => ctx.index(id);
  eachInChunks(
    db,
    'SELECT left_id, right_id, weight FROM match_pair WHERE left_id IN (#) AND weight >= ?',
    ids,
    (r) => {
      const b = r[1] as number;
      if (!inTable.has(b)) return;
      linkLeft.push(present(r[0] as number));
      linkRight.push(present(b));
      linkWeight.push(r[2] as number);
    },
    [thresholds.autoLink],
  );
  const mustLink: [number, number][] = [];
  const notMatch = new Set<string>();
  eachInChunks(
    db,
    'SELECT left_id, right_id, decision FROM match_decision WHERE left_id IN (#)',
    ids,
    (r) => {
      const b = r[1] as number;
      if (!inTable.has(b)) return;
      const a = present(r[0] as number);
      const bi = present(b);
      if (r[2] === 'match') mustLink.push([a, bi]);
      else if (r[2] === 'not_match') notMatch.add(pairKey(a, bi));
    },
  );
  const result = clusterRecords({
    n: t.size,
    linkLeft: Int32Array.from(linkLeft),
    linkRight: Int32Array.from(linkRight),
    linkWeight: Float32Array.from(linkWeight),
    mustLink,
    conflict: (a, b) => notMatch.has(pairKey(a, b)) || ctx.scorer.weight(a, b) < CONFLICT_WEIGHT,
  });
  return { scope: ids, persons: personsOf(t.id, result.root), links: result.links, refused: result.refused };
}

/** [record id, person id] for every record of a multi-record cluster; person id = smallest record id. */
export function personsOf(ids: Int32Array, root: Int32Array): [number, number][] {
  const smallest = new Map<number, number>();
  const size = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) {
    const r = root[i]!;
    size.set(r, (size.get(r) ?? 0) + 1);
    const s = smallest.get(r);
    if (s === undefined || ids[i]! < s) smallest.set(r, ids[i]!);
  }
  const out: [number, number][] = [];
  for (let i = 0; i < ids.length; i++) {
    const r = root[i]!;
    if (size.get(r)! > 1) out.push([ids[i]!, smallest.get(r)!]);
  }
  return out;
}

/** Replaces the person assignment of the records in scope. */
export function clusterStatements(result: Pick<Reclustered, 'scope' | 'persons'>): Statement[] {
  const out: Statement[] = [];
  for (let k = 0; k < result.scope.length; k += 500) {
    const part = result.scope.slice(k, k + 500);
    out.push({
      sql: `DELETE FROM match_cluster WHERE record_id IN (${part.map(() => '?').join(',')})`,
      params: part,
    });
  }
  out.push(...insertStatements('match_cluster', 'record_id, person_id', result.persons));
  return out;
}

function runStatements(db: Database, statements: readonly Statement[]): void {
  for (const s of statements) db.run(s.sql, (s.params ?? []) as SqlValue[]);
}

/** Journal records above this go to a bulk save instead (the journal refuses records over 64 MiB). */
const JOURNAL_LIMIT_BYTES = 32 * 1024 * 1024;

/**
 * Writes matching results: journalled like any change when they are small enough (a decision, a run
 * on a vault whose persons changed little), else in one bulk transaction and a save of the vault.
 */
export async function persist(vault: Vault, statements: Statement[]): Promise<void> {
  let bytes = 0;
  for (const s of statements) bytes += s.sql.length + (s.params?.length ?? 0) * 16;
  if (bytes < JOURNAL_LIMIT_BYTES) await vault.mutate(statements);
  else await vault.bulk((db) => runStatements(db, statements));
}

/**
 * Applies `statements`, then re-clusters the records around `seeds`, in one write. The clustering
 * must see the statements' effect (new pairs, a decision), so it is worked out inside a savepoint
 * that is rolled back, then the statements and the new assignment are written together.
 */
export async function applyAndRecluster(
  vault: Vault,
  seeds: Iterable<number>,
  statements: Statement[],
  thresholds: MatchThresholds,
): Promise<Reclustered> {
  const db = vault.db;
  db.run('SAVEPOINT match_preview');
  let result: Reclustered;
  try {
    runStatements(db, statements);
    result = reclusterScope(db, closureOf(db, seeds, thresholds.autoLink), thresholds);
  } finally {
    db.run('ROLLBACK TO match_preview');
    db.run('RELEASE match_preview');
  }
  await persist(vault, [...statements, ...clusterStatements(result)]);
  return result;
}

/** Multi-row INSERTs of `rows` (each `width` values), a few hundred rows per statement. */
export function insertStatements(table: string, columns: string, rows: unknown[][]): Statement[] {
  const out: Statement[] = [];
  const width = rows[0]?.length ?? 1;
  const per = Math.max(1, Math.floor(900 / width));
  const tuple = `(${Array(width).fill('?').join(', ')})`;
  for (let k = 0; k < rows.length; k += per) {
    const part = rows.slice(k, k + per);
    out.push({
      sql: `INSERT OR REPLACE INTO ${table} (${columns}) VALUES ${part.map(() => tuple).join(',')}`,
      params: part.flat(),
    });
  }
  return out;
}

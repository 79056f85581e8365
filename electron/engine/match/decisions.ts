// Officer decisions on pairs and unmerging: stored by record ids (so every later run respects them),
// the persons they touch re-clustered at once, every change audited with ids and counts only.
import type { ClusterView, MatchDecision, PairDetail } from '../../../shared/match';
import { MusterError } from '../../../shared/errors';
import { recordAudit } from '../audit/audit';
import type { Statement, Vault } from '../vault/vault';
import { personView } from './persons';
import { applyAndRecluster } from './recluster';
import { orderedPair, readMatchRecords } from './recordView';
import { pairDetail } from './review';
import { eachInChunks } from './sql';
import { readSettings } from './state';
import { requireModel } from './context';

export async function decide(
  vault: Vault,
  operator: string,
  leftId: number,
  rightId: number,
  decision: MatchDecision,
  now: () => Date,
): Promise<PairDetail> {
  const [a, b] = requirePair(vault, leftId, rightId);
  const at = now();
  await applyAndReclusterNow(
    vault,
    [a, b],
    [
      {
        sql: `INSERT OR REPLACE INTO match_decision (left_id, right_id, decision, at, operator) VALUES (?, ?, ?, ?, ?)`,
        params: [a, b, decision, at.toISOString(), operator],
      },
    ],
  );
  await recordAudit(vault, {
    operator,
    action: `match.decide.${decision}`,
    object: `records ${a} and ${b}`,
    at,
  });
  return pairDetail(vault.db, a, b);
}

export async function undoDecision(
  vault: Vault,
  operator: string,
  leftId: number,
  rightId: number,
  now: () => Date,
): Promise<PairDetail> {
  const [a, b] = requirePair(vault, leftId, rightId);
  await applyAndReclusterNow(
    vault,
    [a, b],
    [{ sql: 'DELETE FROM match_decision WHERE left_id = ? AND right_id = ?', params: [a, b] }],
  );
  await recordAudit(vault, {
    operator,
    action: 'match.undoDecision',
    object: `records ${a} and ${b}`,
    at: now(),
  });
  return pairDetail(vault.db, a, b);
}

/**
 * Takes `recordIds` out of their persons: 'not_match' decisions between each of them and the
 * records they leave behind, so no later run merges them back; the persons are re-clustered.
 */
export async function unmerge(
  vault: Vault,
  operator: string,
  recordIds: number[],
  now: () => Date,
): Promise<ClusterView[]> {
  const db = vault.db;
  requireModel(db);
  const moving = new Set(recordIds);
  const records = readMatchRecords(db, recordIds);
  for (const id of moving)
    if (!records.has(id)) throw new MusterError('NOT_FOUND', `Record ${id} does not exist.`);
  const persons = new Set([...records.values()].map((r) => r.personId));
  const staying: number[] = [];
  eachInChunks(db, 'SELECT record_id FROM match_cluster WHERE person_id IN (#)', [...persons], (r) => {
    if (!moving.has(r[0] as number)) staying.push(r[0] as number);
  });
  if (staying.length === 0)
    throw new MusterError('INVALID_INPUT', 'These records are not merged with any other record.');
  const at = now();
  const statements: Statement[] = [];
  for (const m of moving) {
    for (const s of staying) {
      const [a, b] = orderedPair(m, s);
      statements.push({
        sql: `INSERT OR REPLACE INTO match_decision (left_id, right_id, decision, at, operator) VALUES (?, ?, 'not_match', ?, ?)`,
        params: [a, b, at.toISOString(), operator],
      });
    }
  }
  await applyAndReclusterNow(vault, [...moving, ...staying], statements);
  await recordAudit(vault, {
    operator,
    action: 'match.unmerge',
    object: `person ${[...persons][0]}`,
    counts: { recordsMoved: moving.size, recordsStaying: staying.length },
    at,
  });
  const first = [...moving][0]!;
  return [personView(db, staying[0]!), personView(db, first)];
}

function requirePair(vault: Vault, leftId: number, rightId: number): [number, number] {
  if (leftId === rightId) throw new MusterError('INVALID_INPUT', 'A pair needs two different records.');
  const [a, b] = orderedPair(leftId, rightId);
  requireModel(vault.db);
  const records = readMatchRecords(vault.db, [a, b]);
  if (!records.has(a) || !records.has(b))
    throw new MusterError('NOT_FOUND', 'One of the two records does not exist.');
  return [a, b];
}

/** Applies `statements` and re-clusters the persons of `seeds` with the current thresholds. */
async function applyAndReclusterNow(vault: Vault, seeds: number[], statements: Statement[]): Promise<void> {
  await applyAndRecluster(vault, seeds, statements, readSettings(vault.db).thresholds);
}

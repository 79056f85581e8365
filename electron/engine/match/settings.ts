// Thresholds, survivorship and the status of matching: live band counts for proposed thresholds,
// and re-clustering from the stored scores when the thresholds change (no rescoring needed).
import type { Database } from 'sql.js';
import type {
  BandCounts,
  MatchSettings,
  MatchStatus,
  MatchThresholds,
  SurvivorshipPolicy,
} from '../../../shared/match';
import { recordAudit } from '../audit/audit';
import type { Statement, Vault } from '../vault/vault';
import { clusterStatements, persist, reclusterScope } from './recluster';
import { eachRow, scalarOf } from './sql';
import { pendingCondition, readSettings, readState, stateStatement } from './state';

export function bandCounts(db: Database, thresholds: MatchThresholds): BandCounts {
  const compared = readState(db, 'progress')?.compared ?? 0;
  const autoLink = scalarOf(db, 'SELECT count(*) FROM match_pair WHERE weight >= ?', [thresholds.autoLink]);
  const review = scalarOf(db, 'SELECT count(*) FROM match_pair WHERE weight >= ? AND weight < ?', [
    thresholds.review,
    thresholds.autoLink,
  ]);
  const histogram: BandCounts['histogram'] = [];
  eachRow(
    db,
    'SELECT CAST(weight AS INTEGER) - (weight < CAST(weight AS INTEGER)) AS b, count(*) FROM match_pair GROUP BY b ORDER BY b',
    [],
    (r) => histogram.push({ from: r[0] as number, count: r[1] as number }),
  );
  return { thresholds, autoLink, review, distinct: Math.max(0, compared - autoLink - review), histogram };
}

export function matchStatus(db: Database): MatchStatus {
  const pending = pendingCondition(readState(db, 'progress'));
  const decisions = { match: 0, not_match: 0, skip: 0 };
  eachRow(db, 'SELECT decision, count(*) FROM match_decision GROUP BY decision', [], (r) => {
    decisions[r[0] as keyof typeof decisions] = r[1] as number;
  });
  return {
    lastRun: readState(db, 'last_run'),
    settings: readSettings(db),
    pendingRecords: scalarOf(db, `SELECT count(*) FROM person WHERE ${pending.where}`, pending.params),
    totalRecords: scalarOf(db, 'SELECT count(*) FROM person'),
    decisions,
  };
}

export async function setThresholds(
  vault: Vault,
  operator: string,
  thresholds: MatchThresholds,
  now: () => Date,
): Promise<MatchStatus> {
  const settings: MatchSettings = { ...readSettings(vault.db), thresholds };
  const hasModel = readState(vault.db, 'model') !== null;
  const statements: Statement[] = [stateStatement('settings', settings)];
  if (hasModel) {
    // Every record that is or could be linked: stored links, decisions, current persons.
    const scope: number[] = [];
    eachRow(
      vault.db,
      `SELECT left_id FROM match_pair WHERE weight >= ?1 UNION SELECT right_id FROM match_pair WHERE weight >= ?1
       UNION SELECT left_id FROM match_decision UNION SELECT right_id FROM match_decision
       UNION SELECT record_id FROM match_cluster`,
      [thresholds.autoLink],
      (r) => scope.push(r[0] as number),
    );
    statements.push(...clusterStatements(reclusterScope(vault.db, scope, thresholds)));
  }
  await persist(vault, statements);
  await recordAudit(vault, { operator, action: 'match.setThresholds', object: null, at: now() });
  return matchStatus(vault.db);
}

export async function setSurvivorship(
  vault: Vault,
  operator: string,
  policy: SurvivorshipPolicy,
  now: () => Date,
): Promise<MatchSettings> {
  const settings: MatchSettings = { ...readSettings(vault.db), survivorship: policy };
  await vault.mutate([stateStatement('settings', settings)]);
  await recordAudit(vault, { operator, action: 'match.setSurvivorship', object: policy.rule, at: now() });
  return settings;
}

// The review queue and pair details: stored pairs in the review band, explained on demand with the
// current model so the officer sees why each pair scored as it did.
import type { Database, SqlValue } from 'sql.js';
import type { z } from 'zod';
import type { MatchDecision, PairDetail, ReviewPage, ReviewQuery } from '../../../shared/match';
import { scoringContext } from './context';
import { decisionsAmong, explainPair, orderedPair, readMatchRecords, requireRecord } from './recordView';
import { eachRow, scalarOf } from './sql';
import { readSettings } from './state';

type Query = z.output<typeof ReviewQuery>;

export function reviewQueue(db: Database, query: Query): ReviewPage {
  const { thresholds } = readSettings(db);
  const from = `FROM match_pair mp
    LEFT JOIN match_decision d ON d.left_id = mp.left_id AND d.right_id = mp.right_id
    LEFT JOIN match_cluster ca ON ca.record_id = mp.left_id
    LEFT JOIN match_cluster cb ON cb.record_id = mp.right_id`;
  let where: string;
  let params: SqlValue[];
  if (query.status === 'pending') {
    // Pairs already in one person through other records need no decision.
    where = `mp.weight >= ? AND mp.weight < ? AND d.decision IS NULL
      AND NOT (ca.person_id IS NOT NULL AND ca.person_id = cb.person_id)`;
    params = [thresholds.review, thresholds.autoLink];
  } else if (query.status === 'skipped') {
    where = `d.decision = 'skip'`;
    params = [];
  } else {
    where = `d.decision IN ('match', 'not_match')`;
    params = [];
  }
  const middle = (thresholds.autoLink + thresholds.review) / 2;
  const order =
    query.order === 'weight_asc'
      ? 'mp.weight ASC'
      : query.order === 'uncertain'
        ? `abs(mp.weight - ${Number(middle)}) ASC`
        : 'mp.weight DESC';
  const total = scalarOf(db, `SELECT count(*) ${from} WHERE ${where}`, params);
  const rows: [number, number, MatchDecision | null][] = [];
  eachRow(
    db,
    `SELECT mp.left_id, mp.right_id, d.decision ${from} WHERE ${where} ORDER BY ${order}, mp.left_id, mp.right_id LIMIT ? OFFSET ?`,
    [...params, query.limit, query.offset],
    (r) => rows.push([r[0] as number, r[1] as number, (r[2] as MatchDecision | null) ?? null]),
  );
  if (rows.length === 0) return { total, rows: [] };
  const ids = rows.flatMap(([a, b]) => [a, b]);
  const ctx = scoringContext(db, ids);
  const records = readMatchRecords(db, ids);
  return {
    total,
    rows: rows
      .filter(([a, b]) => records.has(a) && records.has(b))
      .map(([a, b, decision]) => explainPair(ctx, records.get(a)!, records.get(b)!, thresholds, decision)),
  };
}

export function pairDetail(db: Database, leftId: number, rightId: number): PairDetail {
  const [a, b] = orderedPair(leftId, rightId);
  const { thresholds } = readSettings(db);
  const records = readMatchRecords(db, [a, b]);
  const left = requireRecord(records, a);
  const right = requireRecord(records, b);
  const ctx = scoringContext(db, [a, b]);
  const decision = decisionsAmong(db, [a, b]).get(`${a}:${b}`) ?? null;
  return {
    pair: explainPair(ctx, left, right, thresholds, decision),
    left,
    right,
    samePerson: left.personId === right.personId,
  };
}

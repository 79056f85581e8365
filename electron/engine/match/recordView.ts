// Records as the review screens show them, and pair explanations with the values side by side.
import type { Database } from 'sql.js';
import { MusterError } from '../../../shared/errors';
import {
  type FieldExplanation,
  type MatchBand,
  type MatchDecision,
  type MatchRecord,
  type MatchThresholds,
  type ReviewPair,
} from '../../../shared/match';
import type { ScoringContext } from './context';
import { probability } from './model';
import { eachInChunks } from './sql';

const RECORD_COLUMNS = `p.id, coalesce(c.person_id, p.id), p.source, p.source_key, p.batch_id, p.row_number,
  p.given_names, p.surname, p.date_of_birth, p.sex, p.nationality, p.passport_no, p.national_id, p.phone,
  p.phone_alt, p.email, p.city, p.address, p.household_key, p.updated_at`;

export function readMatchRecords(db: Database, ids: readonly number[]): Map<number, MatchRecord> {
  const out = new Map<number, MatchRecord>();
  eachInChunks(
    db,
    `SELECT ${RECORD_COLUMNS} FROM person p LEFT JOIN match_cluster c ON c.record_id = p.id WHERE p.id IN (#)`,
    [...new Set(ids)],
    (r) => {
      const s = (k: number) => (r[k] === null || r[k] === undefined ? null : String(r[k]));
      const phones = [s(13), s(14)].filter((x) => x !== null);
      out.set(r[0] as number, {
        id: r[0] as number,
        personId: r[1] as number,
        source: s(2),
        sourceKey: s(3),
        batchId: (r[4] as number | null) ?? null,
        row: (r[5] as number | null) ?? null,
        given_names: s(6),
        surname: s(7),
        date_of_birth: s(8),
        sex: s(9),
        nationality: s(10),
        passport_no: s(11),
        national_id: s(12),
        phone: phones.length > 0 ? phones.join(' / ') : null,
        email: s(15),
        city: s(16),
        address: s(17),
        household_key: s(18),
        updated_at: s(19) ?? '',
      });
    },
  );
  return out;
}

export function requireRecord(records: Map<number, MatchRecord>, id: number): MatchRecord {
  const r = records.get(id);
  if (!r) throw new MusterError('NOT_FOUND', `Record ${id} does not exist.`);
  return r;
}

export function bandOf(weight: number, thresholds: MatchThresholds): MatchBand {
  if (weight >= thresholds.autoLink) return 'auto_link';
  return weight >= thresholds.review ? 'review' : 'distinct';
}

/** The pair scored with the current model, field by field, with both records' values. */
export function explainPair(
  ctx: ScoringContext,
  left: MatchRecord,
  right: MatchRecord,
  thresholds: MatchThresholds,
  decision: MatchDecision | null,
): ReviewPair {
  const score = ctx.scorer.explain(ctx.index(left.id), ctx.index(right.id));
  const fields: FieldExplanation[] = score.fields.map((f) => ({
    field: f.field,
    level: f.level,
    weight: Math.round(f.weight * 100) / 100,
    left: valueOf(left, f.field),
    right: valueOf(right, f.field),
    tfAdjusted: f.tfAdjusted,
  }));
  return {
    leftId: left.id,
    rightId: right.id,
    weight: Math.round(score.weight * 100) / 100,
    probability: probability(score.weight),
    band: bandOf(score.weight, thresholds),
    decision,
    fields,
  };
}

function valueOf(r: MatchRecord, field: FieldExplanation['field']): string | null {
  return r[field];
}

/** Decisions for pairs among `ids`, by "lo:hi" key. */
export function decisionsAmong(db: Database, ids: readonly number[]): Map<string, MatchDecision> {
  const out = new Map<string, MatchDecision>();
  const set = new Set(ids);
  eachInChunks(
    db,
    'SELECT left_id, right_id, decision FROM match_decision WHERE left_id IN (#)',
    [...set],
    (r) => {
      if (set.has(r[1] as number)) out.set(`${r[0]}:${r[1]}`, r[2] as MatchDecision);
    },
  );
  return out;
}

export function orderedPair(a: number, b: number): [number, number] {
  return a < b ? [a, b] : [b, a];
}

// What scoring needs outside a run (explanations, re-clustering after a decision, incremental
// runs): the stored model and term frequencies, and a record table for just the records at hand.
import type { Database } from 'sql.js';
import { MusterError } from '../../../shared/errors';
import { PairScorer } from './pairScorer';
import { StringPool, NameKeyCache, loadRecords, type RecordTable } from './records';
import { eachInChunks } from './sql';
import { readState, type StoredModel } from './state';
import { TermFrequencies, type TfField, type TfTables } from './termFrequency';

export function requireModel(db: Database): StoredModel {
  const stored = readState(db, 'model');
  if (!stored)
    throw new MusterError('NOT_FOUND', 'Duplicates have not been searched yet: run matching first.');
  return stored;
}

/** Records by id (any order in, id order out), sharing `pool` when given. */
export function loadRecordsById(
  db: Database,
  ids: readonly number[],
  pool = new StringPool(),
  names = new NameKeyCache(),
): RecordTable {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  if (sorted.length === 0) return loadRecords(db, '0', [], pool, names);
  // A temporary table keeps one query whatever the number of ids.
  db.run('CREATE TEMP TABLE IF NOT EXISTS match_ids (id INTEGER PRIMARY KEY)');
  db.run('DELETE FROM match_ids');
  const insert = db.prepare('INSERT OR IGNORE INTO match_ids (id) VALUES (?)');
  try {
    for (const id of sorted) insert.run([id]);
  } finally {
    insert.free();
  }
  try {
    return loadRecords(db, 'id IN (SELECT id FROM match_ids)', [], pool, names);
  } finally {
    db.run('DELETE FROM match_ids');
  }
}

/** TF tables for the values present in `t`, from the stored common-value counts. */
export function storedTf(db: Database, stored: StoredModel, t: RecordTable): TfTables {
  const build = (
    field: TfField,
    column: Int32Array,
    asText: (v: number) => string,
    fromText: (s: string) => number,
  ) => {
    const values = [...new Set(Array.from(column).filter((v) => v !== 0))].map(asText);
    const counts = new Map<number, number>();
    eachInChunks(
      db,
      'SELECT value, n FROM match_tf WHERE value IN (#) AND field = ?',
      values,
      (row) => {
        counts.set(fromText(row[0] as string), row[1] as number);
      },
      [field],
    );
    return TermFrequencies.fromStored(counts, stored.tf[field].total, stored.tf[field].reference);
  };
  const name = (v: number) => t.pool.get(v);
  const intern = (s: string) => t.pool.intern(s);
  return {
    given: build('given', t.given, name, intern),
    surname: build('surname', t.surname, name, intern),
    dob: build('dob', t.dob, String, Number),
  };
}

export interface ScoringContext {
  t: RecordTable;
  scorer: PairScorer;
  stored: StoredModel;
  index(id: number): number;
}

export function scoringContext(db: Database, ids: readonly number[]): ScoringContext {
  const stored = requireModel(db);
  const t = loadRecordsById(db, ids);
  const tf = storedTf(db, stored, t);
  const at = new Map<number, number>();
  for (let i = 0; i < t.size; i++) at.set(t.id[i]!, i);
  return {
    t,
    stored,
    scorer: new PairScorer(t, stored.model, tf),
    index: (id) => {
      const i = at.get(id);
      if (i === undefined) throw new MusterError('NOT_FOUND', `Record ${id} does not exist.`);
      return i;
    },
  };
}

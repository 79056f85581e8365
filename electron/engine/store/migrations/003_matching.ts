// Schema 3: duplicate finding. Scored pairs (for the review queue and the band counts), the
// officer's decisions (kept by record ids, respected by every later run), the person each merged
// record belongs to, the estimated model, common-value frequencies, settings and the last run.
import type { Migration } from './types';

export const matching: Migration = {
  version: 3,
  name: 'matching',
  up(db) {
    // Only pairs worth showing are stored (weight at or above shared/match.ts STORED_WEIGHT_FLOOR).
    db.run(`CREATE TABLE match_pair (
      left_id INTEGER NOT NULL,
      right_id INTEGER NOT NULL,
      weight REAL NOT NULL,
      PRIMARY KEY (left_id, right_id)
    ) WITHOUT ROWID`);
    db.run(`CREATE INDEX match_pair_right ON match_pair (right_id)`);
    db.run(`CREATE INDEX match_pair_weight ON match_pair (weight)`);
    db.run(`CREATE TABLE match_decision (
      left_id INTEGER NOT NULL,
      right_id INTEGER NOT NULL,
      decision TEXT NOT NULL CHECK (decision IN ('match', 'not_match', 'skip')),
      at TEXT NOT NULL,
      operator TEXT NOT NULL,
      PRIMARY KEY (left_id, right_id)
    ) WITHOUT ROWID`);
    db.run(`CREATE INDEX match_decision_right ON match_decision (right_id)`);
    // Records of persons with more than one record; a record absent here is a person on its own.
    db.run(`CREATE TABLE match_cluster (
      record_id INTEGER PRIMARY KEY,
      person_id INTEGER NOT NULL
    )`);
    db.run(`CREATE INDEX match_cluster_person ON match_cluster (person_id)`);
    db.run(`CREATE TABLE match_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`);
    db.run(`CREATE TABLE match_tf (
      field TEXT NOT NULL,
      value TEXT NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (field, value)
    ) WITHOUT ROWID`);
    // An incremental run finds existing records sharing a birth date or a name with new ones.
    db.run(`CREATE INDEX person_date_of_birth ON person (date_of_birth)`);
    db.run(`CREATE INDEX person_name_skeleton ON person (name_skeleton)`);
    db.run(`CREATE INDEX person_name_key ON person (name_key)`);
    // Records changed since the last run are matched again.
    db.run(`CREATE INDEX person_updated_at ON person (updated_at)`);
  },
};

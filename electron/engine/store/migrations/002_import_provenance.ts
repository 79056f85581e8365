// Schema 2: where every person record came from (provenance), the keys that find people across
// spellings, alphabets and number formats, and the import bookkeeping (batches, rejected rows,
// mapping templates, field history that lets a batch be undone).
import type { Migration } from './types';

export const importProvenance: Migration = {
  version: 2,
  name: 'import provenance',
  up(db) {
    const addPersonColumn = (definition: string) => db.run(`ALTER TABLE person ADD COLUMN ${definition}`);
    // Provenance: one source row per person record; an update replaces it and keeps the old one in history.
    addPersonColumn('source TEXT');
    addPersonColumn('batch_id INTEGER');
    addPersonColumn('file_name TEXT');
    addPersonColumn('row_number INTEGER');
    addPersonColumn('row_fingerprint TEXT');
    addPersonColumn('original_json TEXT');
    addPersonColumn('issues_json TEXT');
    // Match keys: transliterated name, its consonant skeleton, and the e-mail in lower case.
    addPersonColumn('name_key TEXT');
    addPersonColumn('name_skeleton TEXT');
    addPersonColumn('email_key TEXT');
    addPersonColumn('geocode_place TEXT');
    addPersonColumn('geocode_confidence REAL');

    db.run(`CREATE TABLE import_batch (
      id INTEGER PRIMARY KEY,
      source TEXT NOT NULL,
      file_name TEXT NOT NULL,
      format TEXT NOT NULL,
      at TEXT NOT NULL,
      operator TEXT NOT NULL,
      counts_json TEXT NOT NULL,
      mapping_json TEXT NOT NULL,
      country TEXT,
      -- The people a batch inserted hold consecutive ids: undo deletes this range.
      first_person_id INTEGER,
      last_person_id INTEGER,
      undone_at TEXT
    )`);
    db.run(`CREATE TABLE import_reject (
      batch_id INTEGER NOT NULL,
      row INTEGER NOT NULL,
      reason TEXT NOT NULL
    )`);
    db.run(`CREATE INDEX import_reject_batch ON import_reject (batch_id, row)`);
    db.run(`CREATE TABLE mapping_template (
      name TEXT PRIMARY KEY,
      source TEXT NOT NULL,
      header_fingerprint TEXT NOT NULL,
      mapping_json TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    db.run(`CREATE INDEX mapping_template_fingerprint ON mapping_template (header_fingerprint)`);
    db.run(`CREATE TABLE person_history (
      id INTEGER PRIMARY KEY,
      person_id INTEGER NOT NULL,
      at TEXT NOT NULL,
      operator TEXT NOT NULL,
      field TEXT NOT NULL,
      before TEXT,
      after TEXT,
      batch_id INTEGER
    )`);
    db.run(`CREATE INDEX person_history_person ON person_history (person_id)`);
    db.run(`CREATE INDEX person_history_batch ON person_history (batch_id)`);

    for (const sql of PERSON_INDEXES) db.run(sql);
    // FTS4 (sql.js has no FTS5): one row per person, docid = person.id; k holds the match-key words,
    // s their consonant skeletons. Triggers keep it in step with every insert, update and delete.
    db.run(`CREATE VIRTUAL TABLE person_name_fts USING fts4 (k, s)`);
    for (const sql of PERSON_FTS_TRIGGERS) db.run(sql);
  },
};

/** Dropped and rebuilt around large imports, which load faster without them. */
export const PERSON_INDEXES: readonly string[] = [
  `CREATE INDEX person_source_key ON person (source, source_key)`,
  `CREATE INDEX person_fingerprint ON person (source, row_fingerprint)`,
  `CREATE INDEX person_batch ON person (batch_id)`,
  `CREATE INDEX person_passport ON person (passport_no)`,
  `CREATE INDEX person_phone ON person (phone)`,
  `CREATE INDEX person_phone_alt ON person (phone_alt)`,
  `CREATE INDEX person_email_key ON person (email_key)`,
  `CREATE INDEX person_household ON person (household_key)`,
  `CREATE INDEX person_surname ON person (surname COLLATE NOCASE)`,
  `CREATE INDEX person_city ON person (city COLLATE NOCASE)`,
  `CREATE INDEX person_nationality ON person (nationality)`,
];

export const PERSON_INDEX_NAMES: readonly string[] = PERSON_INDEXES.map(
  (sql) => /CREATE INDEX (\w+)/.exec(sql)?.[1] as string,
);

export const PERSON_FTS_TRIGGERS: readonly string[] = [
  `CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
     INSERT INTO person_name_fts (docid, k, s) VALUES (new.id, new.name_key, new.name_skeleton);
   END`,
  `CREATE TRIGGER person_fts_update AFTER UPDATE OF name_key, name_skeleton ON person BEGIN
     DELETE FROM person_name_fts WHERE docid = old.id;
     INSERT INTO person_name_fts (docid, k, s) VALUES (new.id, new.name_key, new.name_skeleton);
   END`,
  `CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
     DELETE FROM person_name_fts WHERE docid = old.id;
   END`,
];

export const PERSON_FTS_TRIGGER_NAMES = ['person_fts_insert', 'person_fts_update', 'person_fts_delete'];

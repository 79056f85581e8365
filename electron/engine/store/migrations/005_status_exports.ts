// Schema 5: where each person stands during a crisis (current status and its history, who set it
// and when), and the address book of partners' age public keys that exports are sealed to.
import type { Migration } from './types';

export const statusExports: Migration = {
  version: 5,
  name: 'status and exports',
  up(db) {
    // No row means "unknown": a fresh import needs no status rows written for a million people.
    db.run(`CREATE TABLE person_status (
      person_id INTEGER PRIMARY KEY,
      status TEXT NOT NULL CHECK (status IN
        ('unknown', 'contacted', 'safe', 'needs_assistance', 'evacuated', 'missing')),
      at TEXT NOT NULL,
      operator TEXT NOT NULL
    )`);
    db.run(`CREATE TABLE person_status_history (
      id INTEGER PRIMARY KEY,
      person_id INTEGER NOT NULL,
      before TEXT NOT NULL,
      after TEXT NOT NULL,
      at TEXT NOT NULL,
      operator TEXT NOT NULL
    )`);
    db.run(`CREATE INDEX person_status_history_person ON person_status_history (person_id)`);
    db.run(`CREATE TABLE address_book (
      name TEXT PRIMARY KEY,
      public_key TEXT NOT NULL UNIQUE,
      note TEXT,
      added_at TEXT NOT NULL,
      added_by TEXT NOT NULL
    )`);
  },
};

// Schema 1: vault facts, the append-only audit trail, and people with the canonical fields every
// import maps onto. Provenance, matching and evacuation tables arrive in later steps.
import type { Migration } from './types';

// Frozen as released: shared/person.ts may grow, and each new field arrives in its own later step.
const SCHEMA_1_PERSON_FIELDS = [
  'source_key',
  'given_names',
  'surname',
  'full_name',
  'date_of_birth',
  'sex',
  'nationality',
  'national_id',
  'passport_no',
  'passport_expiry',
  'phone',
  'phone_alt',
  'email',
  'language',
  'address',
  'city',
  'admin1',
  'country',
  'lat',
  'lon',
  'employer',
  'household_key',
  'relationship',
  'special_needs',
  'emergency_contact_name',
  'emergency_contact_phone',
  'registered_on',
  'consent',
] as const;

const REAL_FIELDS = new Set<string>(['lat', 'lon']);

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.run(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`);
    db.run(`CREATE TABLE audit (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      operator TEXT NOT NULL,
      action TEXT NOT NULL,
      object TEXT,
      counts_json TEXT
    )`);
    // The trail is evidence of who did what: the database itself refuses to rewrite it.
    db.run(`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END`);
    db.run(`CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END`);
    const columns = SCHEMA_1_PERSON_FIELDS.map((f) => `${f} ${REAL_FIELDS.has(f) ? 'REAL' : 'TEXT'}`).join(
      ',\n      ',
    );
    db.run(`CREATE TABLE person (
      id INTEGER PRIMARY KEY,
      ${columns},
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
  },
};

// Schema 8: partner profiles the crisis cell defines for its own partners, beside the built-in ones.
import type { Migration } from './types';

export const partnerProfiles: Migration = {
  version: 8,
  name: 'partner profiles',
  up(db) {
    db.run(`CREATE TABLE partner_profile (
      name TEXT PRIMARY KEY COLLATE NOCASE,
      kind TEXT NOT NULL CHECK (kind IN ('manifest', 'contacts', 'aggregate')),
      purpose TEXT NOT NULL,
      recipient TEXT NOT NULL,
      fields TEXT NOT NULL,
      pseudonymous INTEGER NOT NULL CHECK (pseudonymous IN (0, 1)),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL
    )`);
  },
};

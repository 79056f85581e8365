// Schema 6: an incremental match looks up existing records by name skeleton, birth date and name key
// and needs one more column of each row it finds. With single-column indexes every hit cost a read of
// the person row itself, a random page of a table that is a gigabyte at a million people (8 of the 11 s
// of matching 10,000 new records against 1M); with the second column in the index the lookups never
// leave it. Phones get the name skeleton beside them for the same reason: a phone blocks only with a
// name, and numbers shared by many people would otherwise load them all. National ids had no index
// at all, so one roster with national ids scanned the table.
import type { Migration } from './types';

export const candidateIndexes: Migration = {
  version: 6,
  name: 'covering indexes for match candidates',
  up(db) {
    db.run(`DROP INDEX IF EXISTS person_name_skeleton`);
    db.run(`DROP INDEX IF EXISTS person_date_of_birth`);
    db.run(`DROP INDEX IF EXISTS person_name_key`);
    db.run(`DROP INDEX IF EXISTS person_phone`);
    db.run(`DROP INDEX IF EXISTS person_phone_alt`);
    db.run(`CREATE INDEX person_name_skeleton_dob ON person (name_skeleton, date_of_birth)`);
    db.run(`CREATE INDEX person_dob_name_skeleton ON person (date_of_birth, name_skeleton)`);
    db.run(`CREATE INDEX person_name_key_dob ON person (name_key, date_of_birth)`);
    db.run(`CREATE INDEX person_national_id ON person (national_id)`);
    db.run(`CREATE INDEX person_phone_name ON person (phone, name_skeleton)`);
    db.run(`CREATE INDEX person_phone_alt_name ON person (phone_alt, name_skeleton)`);
  },
};

// Fills a vault with synthetic people in one bulk transaction (one snapshot, not a journal record per row).
import type { Vault } from '../vault/vault';
import { generatePeople, type SyntheticPerson } from './people';

const COLUMNS = [
  'source_key',
  'given_names',
  'surname',
  'full_name',
  'date_of_birth',
  'sex',
  'nationality',
  'passport_no',
  'phone',
  'email',
  'city',
  'admin1',
  'country',
  'lat',
  'lon',
  'employer',
  'special_needs',
  'registered_on',
] as const satisfies ReadonlyArray<keyof SyntheticPerson>;

export async function seedSyntheticPeople(
  vault: Vault,
  { count, seed, now = new Date() }: { count: number; seed: number; now?: Date },
): Promise<number> {
  const stamp = now.toISOString();
  await vault.bulk((db) => {
    const stmt = db.prepare(
      `INSERT INTO person (${COLUMNS.join(', ')}, created_at, updated_at) VALUES (${COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
    );
    try {
      generatePeople(count, seed, (p) => {
        stmt.run([...COLUMNS.map((c) => p[c]), stamp, stamp]);
      });
    } finally {
      stmt.free();
    }
  });
  return count;
}

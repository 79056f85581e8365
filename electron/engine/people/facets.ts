// The values the People filters offer: read from indexes, so they stay quick at a million people.
import type { PeopleFacets } from '../../../shared/people';
import type { Vault } from '../vault/vault';

const MAX_VALUES = 500;

export function peopleFacets(vault: Vault): PeopleFacets {
  const distinct = (sql: string) => vault.query<{ v: string }>(sql, [MAX_VALUES]).map((r) => r.v);
  return {
    sources: distinct(
      'SELECT DISTINCT source AS v FROM import_batch WHERE undone_at IS NULL ORDER BY v LIMIT ?',
    ),
    cities: distinct(
      'SELECT DISTINCT city COLLATE NOCASE AS v FROM person WHERE city IS NOT NULL ORDER BY v LIMIT ?',
    ),
    nationalities: distinct(
      'SELECT DISTINCT nationality AS v FROM person WHERE nationality IS NOT NULL ORDER BY v LIMIT ?',
    ),
  };
}

// People with no point on the map after their import: the list an officer works through to place
// them by hand, oldest record first so the list stays stable while it shrinks.
import type { PersonRow } from '../../../shared/people';
import type { Vault } from '../vault/vault';
import { PERSON_ROW_COLUMNS, toPersonRow, type PersonRowRecord } from './personRow';

const UNPLACED = '(lat IS NULL OR lon IS NULL)';

export function unplacedPeople(
  vault: Vault,
  page: { offset: number; limit: number },
): { total: number; rows: PersonRow[] } {
  const total = vault.query<{ c: number }>(`SELECT count(*) AS c FROM person WHERE ${UNPLACED}`)[0]?.c ?? 0;
  const rows = vault
    .query<PersonRowRecord>(
      `SELECT ${PERSON_ROW_COLUMNS} FROM person WHERE ${UNPLACED} ORDER BY id LIMIT ? OFFSET ?`,
      [page.limit, page.offset],
    )
    .map(toPersonRow);
  return { total, rows };
}

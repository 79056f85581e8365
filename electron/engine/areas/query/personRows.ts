// The People-table rows of a page of person ids, in the order given.
import type { PersonRow } from '../../../../shared/people';
import { PERSON_ROW_COLUMNS, toPersonRow, type PersonRowRecord } from '../../people/personRow';
import type { Vault } from '../../vault/vault';

export function personRows(vault: Vault, ids: readonly number[]): PersonRow[] {
  if (ids.length === 0) return [];
  const byId = new Map<number, PersonRow>();
  // SQLite binds at most 999 parameters per statement in older builds: query in chunks.
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = vault.query<PersonRowRecord>(
      `SELECT ${PERSON_ROW_COLUMNS} FROM person WHERE id IN (${chunk.map(() => '?').join(',')})`,
      chunk,
    );
    for (const r of rows) byId.set(r.id, toPersonRow(r));
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

// One person in full: the record, where it came from, what changed, and the household.
import { MusterError } from '../../../shared/errors';
import type { PersonDetail } from '../../../shared/people';
import type { Vault } from '../vault/vault';
import { PERSON_ROW_COLUMNS, toPersonRow, type PersonRowRecord } from './personRow';

/** Internal columns that stay out of the record shown to the officer (they appear as provenance). */
const INTERNAL = new Set([
  'original_json',
  'issues_json',
  'row_fingerprint',
  'name_key',
  'name_skeleton',
  'email_key',
]);

type Cell = string | number | null;

interface HistoryRow {
  at: string;
  operator: string;
  field: string;
  before: string | null;
  after: string | null;
  batch_id: number | null;
}

function parseOriginal(json: Cell): Record<string, string> {
  if (typeof json !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

export function personDetail(vault: Vault, id: number): PersonDetail {
  const row = vault.query<Record<string, Cell>>('SELECT * FROM person WHERE id = ?', [id])[0];
  if (!row) throw new MusterError('NOT_FOUND', 'There is no person with this number.');
  const person = Object.fromEntries(Object.entries(row).filter(([k]) => !INTERNAL.has(k)));
  const history = vault
    .query<HistoryRow>(
      `SELECT at, operator, field, before, after, batch_id FROM person_history
       WHERE person_id = ? AND field NOT IN ('original_json', 'issues_json', 'row_fingerprint', 'name_key', 'name_skeleton', 'email_key')
       ORDER BY id DESC LIMIT 500`,
      [id],
    )
    .map((h) => ({
      at: h.at,
      operator: h.operator,
      field: h.field,
      before: h.before,
      after: h.after,
      batchId: h.batch_id,
    }));
  const household =
    typeof row.household_key === 'string' && row.household_key.length > 0
      ? vault
          .query<PersonRowRecord>(
            `SELECT ${PERSON_ROW_COLUMNS} FROM person WHERE household_key = ? ORDER BY id LIMIT 200`,
            [row.household_key],
          )
          .map(toPersonRow)
      : [];
  const provenance =
    typeof row.source === 'string'
      ? [
          {
            source: row.source,
            batchId: typeof row.batch_id === 'number' ? row.batch_id : null,
            fileName: typeof row.file_name === 'string' ? row.file_name : null,
            row: typeof row.row_number === 'number' ? row.row_number : null,
            sourceKey: typeof row.source_key === 'string' ? row.source_key : null,
            original: parseOriginal(row.original_json ?? null),
          },
        ]
      : [];
  const geocode =
    typeof row.geocode_place === 'string' && typeof row.geocode_confidence === 'number'
      ? { place: row.geocode_place, confidence: row.geocode_confidence }
      : null;
  return { person, provenance, history, household, geocode };
}

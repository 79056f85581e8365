// One officer's change to one person: the new values, a history row per field (so the detail panel
// and undo can show what was there before) and an audit entry, all journalled before returning.
import { recordAudit } from '../audit/audit';
import type { Statement, Vault } from '../vault/vault';

type Value = string | number | null | undefined;

export interface PersonChange {
  id: number;
  operator: string;
  /** The audit action, e.g. "people.update". */
  action: string;
  current: Record<string, Value>;
  next: Record<string, Value>;
  fields: readonly string[];
  now: () => Date;
}

function asText(value: Value): string | null {
  return value === null || value === undefined ? null : String(value);
}

export async function recordPersonChange(vault: Vault, change: PersonChange): Promise<void> {
  const { id, operator, current, next, fields } = change;
  const at = change.now().toISOString();
  const statements: Statement[] = [
    {
      sql: `UPDATE person SET ${fields.map((f) => `${f} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
      params: [...fields.map((f) => next[f] ?? null), at, id],
    },
    ...fields.map((f) => ({
      sql: 'INSERT INTO person_history (person_id, at, operator, field, before, after, batch_id) VALUES (?, ?, ?, ?, ?, ?, NULL)',
      params: [id, at, operator, f, asText(current[f]), asText(next[f])],
    })),
  ];
  await vault.mutate(statements);
  await recordAudit(vault, {
    operator,
    action: change.action,
    object: `person ${id}`,
    counts: { fields: fields.length },
    at: change.now(),
  });
}

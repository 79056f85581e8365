// Bulk status changes ("everyone inside the port area is now contacted"). Each change keeps a history
// row (before, after, when, who) and the whole change is one journalled transaction with one audit
// entry carrying counts only. People whose status would not change are left alone (no history noise).
import type { PersonStatus, Selection, StatusSetResult } from '../../../shared/exports';
import { recordAudit } from '../audit/audit';
import { chunks, selectPeople } from '../exports/selection';
import type { JobContext } from '../types';
import type { Vault } from '../vault/vault';

export interface StatusChange {
  selection: Selection;
  status: PersonStatus;
  onlyFrom?: PersonStatus[] | undefined;
}

export async function setStatus(
  vault: Vault,
  actor: { operator: string; now: () => Date },
  change: StatusChange,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<StatusSetResult> {
  const selected = await selectPeople(vault, change.selection, ctx);
  const current = currentStatuses(vault, selected.ids);
  const from = change.onlyFrom ? new Set(change.onlyFrom) : null;
  const changing = selected.ids.filter((id) => {
    const before = current.get(id) ?? 'unknown';
    return before !== change.status && (from === null || from.has(before));
  });
  const at = actor.now();
  const stamp = at.toISOString();
  const statements = [];
  for (const chunk of chunks(changing)) {
    const list = chunk.join(',');
    statements.push({
      sql: `INSERT INTO person_status_history (person_id, before, after, at, operator)
            SELECT p.id, coalesce(s.status, 'unknown'), ?, ?, ? FROM person p
            LEFT JOIN person_status s ON s.person_id = p.id WHERE p.id IN (${list}) ORDER BY p.id`,
      params: [change.status, stamp, actor.operator],
    });
    statements.push({
      sql: `INSERT INTO person_status (person_id, status, at, operator)
            SELECT id, ?, ?, ? FROM person WHERE id IN (${list})
            ON CONFLICT (person_id) DO UPDATE SET status = excluded.status, at = excluded.at, operator = excluded.operator`,
      params: [change.status, stamp, actor.operator],
    });
  }
  if (statements.length > 0) await vault.mutate(statements);
  const where = 'areaId' in change.selection ? `area ${change.selection.areaId}` : 'chosen people';
  await recordAudit(vault, {
    operator: actor.operator,
    action: 'status.set',
    object: `${where} → ${change.status}`,
    counts: { selected: selected.ids.length, changed: changing.length },
    at,
  });
  return {
    selected: selected.ids.length,
    changed: changing.length,
    unchanged: selected.ids.length - changing.length,
  };
}

export function currentStatuses(vault: Vault, ids: readonly number[]): Map<number, PersonStatus> {
  const out = new Map<number, PersonStatus>();
  for (const chunk of chunks(ids)) {
    const rows = vault.query<{ person_id: number; status: PersonStatus }>(
      `SELECT person_id, status FROM person_status WHERE person_id IN (${chunk.join(',')})`,
    );
    for (const r of rows) out.set(r.person_id, r.status);
  }
  return out;
}

export function statusHistory(
  vault: Vault,
  personId: number,
): { before: PersonStatus; after: PersonStatus; at: string; operator: string }[] {
  return vault.query(
    'SELECT before, after, at, operator FROM person_status_history WHERE person_id = ? ORDER BY id',
    [personId],
  );
}

// The audit trail: who did what, when, to which object, with which counts. Entries go through the
// journal like any change, and the schema's triggers refuse to alter them afterwards.
import type { AuditEntry } from '../../../shared/domain';
import type { Vault } from '../vault/vault';

export interface AuditInput {
  operator: string;
  /** Dotted verb, e.g. "vault.unlock", "import.commit". */
  action: string;
  /** What the action was about, in words that hold no personal data (a file name, a batch id). */
  object?: string | null;
  counts?: Record<string, number> | null;
  at?: Date;
}

export async function recordAudit(vault: Vault, entry: AuditInput): Promise<void> {
  const at = (entry.at ?? new Date()).toISOString();
  await vault.mutate([
    {
      sql: 'INSERT INTO audit (at, operator, action, object, counts_json) VALUES (?, ?, ?, ?, ?)',
      params: [
        at,
        entry.operator,
        entry.action,
        entry.object ?? null,
        entry.counts ? JSON.stringify(entry.counts) : null,
      ],
    },
  ]);
}

interface AuditRow {
  id: number;
  at: string;
  operator: string;
  action: string;
  object: string | null;
  counts_json: string | null;
}

/** Newest first; `beforeId` pages back through older entries. */
export function listAudit(
  vault: Vault,
  { limit = 200, beforeId }: { limit?: number; beforeId?: number },
): AuditEntry[] {
  const rows =
    beforeId === undefined
      ? vault.query<AuditRow>('SELECT * FROM audit ORDER BY id DESC LIMIT ?', [limit])
      : vault.query<AuditRow>('SELECT * FROM audit WHERE id < ? ORDER BY id DESC LIMIT ?', [beforeId, limit]);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    operator: r.operator,
    action: r.action,
    object: r.object,
    counts: r.counts_json === null ? null : (JSON.parse(r.counts_json) as Record<string, number>),
  }));
}

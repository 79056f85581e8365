// Import batches after the fact: the list, the rejected rows (row number and reason only), the
// rejects as CSV, and undo.
import { writeFile } from 'node:fs/promises';
import { MusterError } from '../../../../shared/errors';
import { ImportCounts, type ImportBatch, type ImportReject } from '../../../../shared/imports';
import { recordAudit } from '../../audit/audit';
import type { Vault } from '../../vault/vault';

interface BatchRow {
  id: number;
  source: string;
  file_name: string;
  at: string;
  operator: string;
  counts_json: string;
  first_person_id: number | null;
  last_person_id: number | null;
  undone_at: string | null;
}

const EMPTY_COUNTS: ImportCounts = {
  read: 0,
  imported: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  geocoded: 0,
  unplaced: 0,
};

function toBatch(r: BatchRow): ImportBatch {
  const counts = ImportCounts.safeParse(JSON.parse(r.counts_json));
  return {
    id: r.id,
    source: r.source,
    fileName: r.file_name,
    at: r.at,
    operator: r.operator,
    counts: counts.success ? counts.data : EMPTY_COUNTS,
    undoneAt: r.undone_at,
  };
}

export function listBatches(vault: Vault): ImportBatch[] {
  return vault.query<BatchRow>('SELECT * FROM import_batch ORDER BY id DESC').map(toBatch);
}

function requireBatch(vault: Vault, batchId: number): BatchRow {
  const row = vault.query<BatchRow>('SELECT * FROM import_batch WHERE id = ?', [batchId])[0];
  if (!row) throw new MusterError('NOT_FOUND', 'There is no import batch with this number.');
  return row;
}

export function listRejects(vault: Vault, batchId: number, limit: number): ImportReject[] {
  requireBatch(vault, batchId);
  return vault.query<ImportReject>(
    'SELECT row, reason FROM import_reject WHERE batch_id = ? ORDER BY row LIMIT ?',
    [batchId, limit],
  );
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Row numbers and reasons only: the reasons never quote a cell, so the export holds no personal data. */
export async function exportRejects(
  vault: Vault,
  batchId: number,
  path: string,
): Promise<{ path: string; rows: number }> {
  requireBatch(vault, batchId);
  const rejects = vault.query<ImportReject>(
    'SELECT row, reason FROM import_reject WHERE batch_id = ? ORDER BY row',
    [batchId],
  );
  const lines = ['row,reason', ...rejects.map((r) => `${r.row},${csvField(r.reason)}`)];
  try {
    await writeFile(path, lines.join('\r\n') + '\r\n', { encoding: 'utf8' });
  } catch {
    throw new MusterError(
      'NOT_WRITABLE',
      'The rejects file could not be written there; choose another place.',
    );
  }
  return { path, rows: rejects.length };
}

interface HistoryRow {
  person_id: number;
  field: string;
  before: string | null;
}

/**
 * Reverts a batch: its inserted people are deleted and the fields it updated get their earlier values
 * back. Only the latest batch still in force can be undone, so no later import depends on it.
 */
export async function undoBatch(
  vault: Vault,
  operator: string,
  batchId: number,
  now: () => Date,
): Promise<ImportBatch> {
  const batch = requireBatch(vault, batchId);
  if (batch.undone_at !== null) throw new MusterError('INVALID_INPUT', 'This import was already undone.');
  const later = vault.query<{ id: number }>(
    'SELECT id FROM import_batch WHERE id > ? AND undone_at IS NULL LIMIT 1',
    [batchId],
  );
  if (later.length > 0)
    throw new MusterError(
      'INVALID_INPUT',
      'Undo the later imports first: they may have changed the same people.',
    );
  const at = now().toISOString();
  await vault.bulk((db) => {
    const history = db.prepare(
      'SELECT person_id, field, before FROM person_history WHERE batch_id = ? ORDER BY id DESC',
    );
    history.bind([batchId]);
    const updates = new Map<string, ReturnType<typeof db.prepare>>();
    try {
      while (history.step()) {
        const h = history.getAsObject() as unknown as HistoryRow;
        if (!/^[a-z_0-9]+$/.test(h.field)) continue;
        let update = updates.get(h.field);
        if (!update) {
          update = db.prepare(`UPDATE person SET ${h.field} = ? WHERE id = ?`);
          updates.set(h.field, update);
        }
        update.run([h.before, h.person_id]);
      }
    } finally {
      history.free();
      for (const u of updates.values()) u.free();
    }
    if (batch.first_person_id !== null && batch.last_person_id !== null) {
      db.run('DELETE FROM person WHERE id BETWEEN ? AND ? AND batch_id = ?', [
        batch.first_person_id,
        batch.last_person_id,
        batchId,
      ]);
    }
    db.run('UPDATE import_batch SET undone_at = ? WHERE id = ?', [at, batchId]);
  });
  await recordAudit(vault, { operator, action: 'import.undo', object: `batch ${batchId}`, at: now() });
  return toBatch(requireBatch(vault, batchId));
}

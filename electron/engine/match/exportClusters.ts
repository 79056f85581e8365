// The record → person table as CSV (source, source_key, person_id), streamed so a million records
// never sit in one string.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { MusterError } from '../../../shared/errors';
import type { Vault } from '../vault/vault';

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function exportClusters(vault: Vault, path: string): Promise<{ path: string; rows: number }> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) =>
    out.on('error', () =>
      reject(
        new MusterError(
          'NOT_WRITABLE',
          'The clusters file could not be written there; choose another place.',
        ),
      ),
    ),
  );
  failed.catch(() => {});
  const stmt = vault.db.prepare(
    `SELECT p.source, p.source_key, coalesce(c.person_id, p.id)
     FROM person p LEFT JOIN match_cluster c ON c.record_id = p.id ORDER BY p.id`,
  );
  let rows = 0;
  try {
    let chunk = 'source,source_key,person_id\r\n';
    while (stmt.step()) {
      const r = stmt.get();
      chunk += `${csvField(String(r[0] ?? ''))},${csvField(String(r[1] ?? ''))},${r[2]}\r\n`;
      rows++;
      if (chunk.length > 1 << 16) {
        if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
        chunk = '';
      }
    }
    out.end(chunk);
    await Promise.race([once(out, 'finish'), failed]);
  } finally {
    stmt.free();
  }
  return { path, rows };
}

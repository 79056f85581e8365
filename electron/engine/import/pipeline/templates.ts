// Mapping templates: a confirmed mapping saved under a name, offered again when a file with the
// same set of headers comes back.
import { ImportMapping, type MappingTemplate } from '../../../../shared/imports';
import type { Vault } from '../../vault/vault';

interface TemplateRow {
  name: string;
  source: string;
  header_fingerprint: string;
  mapping_json: string;
  updated_at: string;
}

function toTemplate(r: TemplateRow): MappingTemplate | null {
  const mapping = ImportMapping.safeParse(JSON.parse(r.mapping_json));
  if (!mapping.success) return null;
  return {
    name: r.name,
    source: r.source,
    headerFingerprint: r.header_fingerprint,
    mapping: mapping.data,
    updatedAt: r.updated_at,
  };
}

export function listTemplates(vault: Vault): MappingTemplate[] {
  return vault
    .query<TemplateRow>('SELECT * FROM mapping_template ORDER BY updated_at DESC, name')
    .flatMap((r) => toTemplate(r) ?? []);
}

/** The newest template for this header set, preferring one saved for the same source. */
export function findTemplate(vault: Vault, fingerprint: string, source?: string): MappingTemplate | null {
  const rows = vault.query<TemplateRow>(
    `SELECT * FROM mapping_template WHERE header_fingerprint = ?
     ORDER BY (source = ?) DESC, updated_at DESC LIMIT 1`,
    [fingerprint, source ?? ''],
  );
  const row = rows[0];
  return row ? toTemplate(row) : null;
}

// Crisis areas in the vault: every write is journalled and audited (ids and counts only).
import type { AreaGeometry, CrisisArea, Severity } from '../../../shared/areas';
import { MusterError } from '../../../shared/errors';
import { recordAudit } from '../audit/audit';
import type { Vault } from '../vault/vault';
import { bboxOf, vertexCount } from './geometry/rings';
import { serialized } from './serialized';

interface AreaRow {
  id: number;
  name: string;
  severity: Severity;
  at: string;
  source: string;
  origin: CrisisArea['origin'];
  geometry_json: string;
  bbox_json: string;
  vertex_count: number;
  repairs_json: string;
  created_at: string;
  updated_at: string;
}

export interface NewArea {
  name: string;
  severity: Severity;
  at: string;
  source: string;
  origin: CrisisArea['origin'];
  geometry: AreaGeometry;
  repairs: string[];
}

export interface Actor {
  operator: string;
  now: () => Date;
}

function toArea(row: AreaRow): CrisisArea {
  return {
    id: row.id,
    name: row.name,
    severity: row.severity,
    at: row.at,
    source: row.source,
    origin: row.origin,
    geometry: JSON.parse(row.geometry_json) as AreaGeometry,
    bbox: JSON.parse(row.bbox_json) as CrisisArea['bbox'],
    vertexCount: row.vertex_count,
    repairs: JSON.parse(row.repairs_json) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listAreas(vault: Vault): CrisisArea[] {
  return vault.query<AreaRow>('SELECT * FROM crisis_area ORDER BY id').map(toArea);
}

export function getArea(vault: Vault, id: number): CrisisArea {
  const row = vault.query<AreaRow>('SELECT * FROM crisis_area WHERE id = ?', [id])[0];
  if (!row) throw new MusterError('NOT_FOUND', `There is no crisis area number ${id}.`);
  return toArea(row);
}

/** Cheap: lets caches of indexes and map statuses notice any area change. */
export function areasVersion(vault: Vault): string {
  const rows = vault.query<{ id: number; updated_at: string; severity: string }>(
    'SELECT id, updated_at, severity FROM crisis_area ORDER BY id',
  );
  return rows.map((r) => `${r.id}:${r.updated_at}:${r.severity}`).join('|');
}

export function insertAreas(
  vault: Vault,
  actor: Actor,
  areas: NewArea[],
  action: string,
): Promise<CrisisArea[]> {
  return serialized(vault, async () => {
    const first = (vault.query<{ next: number }>(
      'SELECT coalesce(max(id), 0) + 1 AS next FROM crisis_area',
    )[0]?.next ?? 1) as number;
    const at = actor.now().toISOString();
    await vault.mutate(
      areas.map((area, i) => ({
        sql: `INSERT INTO crisis_area (id, name, severity, at, source, origin, geometry_json, bbox_json,
                vertex_count, repairs_json, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        params: [
          first + i,
          area.name,
          area.severity,
          area.at,
          area.source,
          area.origin,
          JSON.stringify(area.geometry),
          JSON.stringify(bboxOf(area.geometry)),
          vertexCount(area.geometry),
          JSON.stringify(area.repairs),
          at,
          at,
        ],
      })),
    );
    const ids = areas.map((_, i) => first + i);
    await recordAudit(vault, {
      operator: actor.operator,
      action,
      object: ids.length === 1 ? `area ${ids[0]}` : `areas ${ids[0]}-${ids[ids.length - 1]}`,
      counts: {
        areas: ids.length,
        vertices: areas.reduce((n, a) => n + vertexCount(a.geometry), 0),
        repairs: areas.reduce((n, a) => n + a.repairs.length, 0),
      },
      at: actor.now(),
    });
    return ids.map((id) => getArea(vault, id));
  });
}

export type AreaChanges = Partial<
  Pick<NewArea, 'name' | 'severity' | 'at' | 'source' | 'geometry' | 'repairs'>
>;

export function updateArea(
  vault: Vault,
  actor: Actor,
  id: number,
  changes: AreaChanges,
): Promise<CrisisArea> {
  return serialized(vault, async () => {
    getArea(vault, id);
    const columns: Record<string, string | number> = {};
    if (changes.name !== undefined) columns.name = changes.name;
    if (changes.severity !== undefined) columns.severity = changes.severity;
    if (changes.at !== undefined) columns.at = changes.at;
    if (changes.source !== undefined) columns.source = changes.source;
    if (changes.geometry !== undefined) {
      columns.geometry_json = JSON.stringify(changes.geometry);
      columns.bbox_json = JSON.stringify(bboxOf(changes.geometry));
      columns.vertex_count = vertexCount(changes.geometry);
      columns.repairs_json = JSON.stringify(changes.repairs ?? []);
    }
    const fields = Object.keys(columns);
    if (fields.length === 0) return getArea(vault, id);
    await vault.mutate([
      {
        sql: `UPDATE crisis_area SET ${fields.map((f) => `${f} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
        params: [...fields.map((f) => columns[f]!), actor.now().toISOString(), id],
      },
    ]);
    await recordAudit(vault, {
      operator: actor.operator,
      action: 'area.update',
      object: `area ${id}`,
      counts: { fields: Object.keys(changes).filter((k) => k !== 'repairs').length },
      at: actor.now(),
    });
    return getArea(vault, id);
  });
}

export function deleteArea(vault: Vault, actor: Actor, id: number): Promise<void> {
  return serialized(vault, async () => {
    getArea(vault, id);
    await vault.mutate([{ sql: 'DELETE FROM crisis_area WHERE id = ?', params: [id] }]);
    await recordAudit(vault, {
      operator: actor.operator,
      action: 'area.delete',
      object: `area ${id}`,
      at: actor.now(),
    });
  });
}

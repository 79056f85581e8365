// Assembly points (airport, embassy, school…) in the vault, journalled and audited.
import type { AssemblyPoint } from '../../../../shared/areas';
import { MusterError } from '../../../../shared/errors';
import { recordAudit } from '../../audit/audit';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../areaStore';
import { serialized } from '../serialized';

export function listAssemblyPoints(vault: Vault): AssemblyPoint[] {
  return vault.query<AssemblyPoint>(
    'SELECT id, name, kind, lon, lat, capacity FROM assembly_point ORDER BY id',
  );
}

export function createAssemblyPoint(
  vault: Vault,
  actor: Actor,
  point: Omit<AssemblyPoint, 'id'>,
): Promise<AssemblyPoint> {
  return serialized(vault, async () => {
    const id = vault.query<{ next: number }>(
      'SELECT coalesce(max(id), 0) + 1 AS next FROM assembly_point',
    )[0]!.next;
    await vault.mutate([
      {
        sql: 'INSERT INTO assembly_point (id, name, kind, lon, lat, capacity, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        params: [id, point.name, point.kind, point.lon, point.lat, point.capacity, actor.now().toISOString()],
      },
    ]);
    await recordAudit(vault, {
      operator: actor.operator,
      action: 'assembly.create',
      object: `assembly point ${id}`,
      at: actor.now(),
    });
    return { id, ...point };
  });
}

export function deleteAssemblyPoint(vault: Vault, actor: Actor, id: number): Promise<void> {
  return serialized(vault, async () => {
    if (vault.query('SELECT id FROM assembly_point WHERE id = ?', [id]).length === 0) {
      throw new MusterError('NOT_FOUND', `There is no assembly point number ${id}.`);
    }
    await vault.mutate([{ sql: 'DELETE FROM assembly_point WHERE id = ?', params: [id] }]);
    await recordAudit(vault, {
      operator: actor.operator,
      action: 'assembly.delete',
      object: `assembly point ${id}`,
      at: actor.now(),
    });
  });
}

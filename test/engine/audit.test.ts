import { describe, expect, it } from 'vitest';
import { listAudit, recordAudit } from '../../electron/engine/audit/audit';
import { Vault } from '../../electron/engine/vault/vault';
import { PASSPHRASE, newVault } from './helpers';

describe('audit trail', () => {
  it('records entries with counts and pages back through them, newest first', async () => {
    const { vault, path } = await newVault();
    for (let i = 1; i <= 5; i++) {
      await recordAudit(vault, {
        operator: 'Officer Amina',
        action: 'import.commit',
        object: `batch-${i}`,
        counts: { people: i * 10 },
        at: new Date(Date.UTC(2026, 0, i)),
      });
    }
    const first = listAudit(vault, { limit: 2 });
    expect(first.map((e) => e.object)).toEqual(['batch-5', 'batch-4']);
    expect(first[0]).toMatchObject({
      operator: 'Officer Amina',
      at: '2026-01-05T00:00:00.000Z',
      counts: { people: 50 },
    });
    const next = listAudit(vault, { limit: 10, beforeId: first[1]?.id });
    expect(next.map((e) => e.object)).toEqual(['batch-3', 'batch-2', 'batch-1']);
    await vault.close();

    const reopened = await Vault.open(path, PASSPHRASE, { readOnly: true });
    expect(listAudit(reopened, { limit: 100 })).toHaveLength(5);
    await reopened.close();
  });

  it('refuses to update or delete entries, even through the raw database', async () => {
    const { vault } = await newVault();
    await recordAudit(vault, { operator: 'Officer', action: 'vault.unlock' });
    await expect(vault.mutate([{ sql: "UPDATE audit SET operator = 'someone else'" }])).rejects.toThrow(
      /append-only/,
    );
    await expect(vault.mutate([{ sql: 'DELETE FROM audit' }])).rejects.toThrow(/append-only/);
    expect(() => vault.db.run('DELETE FROM audit WHERE id = 1')).toThrow(/append-only/);
    expect(listAudit(vault, { limit: 10 })).toMatchObject([
      { operator: 'Officer', action: 'vault.unlock', object: null, counts: null },
    ]);
    await vault.close();
  });
});

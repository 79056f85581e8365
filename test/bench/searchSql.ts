// Temporary: raw SQL timings on an existing vault (synthetic data only).
import { readFileSync } from 'node:fs';
import { Vault } from '../../electron/engine/vault/vault';

const [vaultPath, sqlFile] = process.argv.slice(2);
const vault = await Vault.open(vaultPath as string, 'benchmark passphrase, synthetic data only', { readOnly: true });
const cases = JSON.parse(readFileSync(sqlFile as string, 'utf8')) as { sql: string; params: unknown[] }[];
for (const c of cases) {
  const plan = vault.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${c.sql}`, c.params).map((r) => r.detail);
  const t0 = performance.now();
  const rows = vault.query<Record<string, unknown>>(c.sql, c.params);
  const ms = performance.now() - t0;
  const t1 = performance.now();
  vault.query(c.sql, c.params);
  console.log(Math.round(ms * 10) / 10, Math.round((performance.now() - t1) * 10) / 10, 'rows', rows.length, JSON.stringify(rows[0]).slice(0, 80));
  console.log('   ', c.sql.slice(0, 160), JSON.stringify(c.params));
  console.log('   ', plan.join(' | '));
}
await vault.close();

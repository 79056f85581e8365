// Vault save and unlock at scale. Baselines in the same run: writing / reading the same number of
// bytes unencrypted with the same durability steps, so the figures show what encryption costs here.
import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { argon2id } from 'hash-wasm';
import { seedSyntheticPeople } from '../../electron/engine/synthetic/seed';
import { DEFAULT_KDF } from '../../electron/engine/vault/kdf';
import { Vault } from '../../electron/engine/vault/vault';
import { percentile, report, round } from './report';

const PASSPHRASE = 'benchmark passphrase, synthetic data only';

async function timeKdf(): Promise<number> {
  const t0 = performance.now();
  await argon2id({
    password: PASSPHRASE,
    salt: new Uint8Array(16),
    iterations: DEFAULT_KDF.iterations,
    memorySize: DEFAULT_KDF.memoryKiB,
    parallelism: DEFAULT_KDF.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return performance.now() - t0;
}

function plainDurableWrite(path: string, bytes: number): number {
  const buf = Buffer.alloc(bytes, 7);
  const t0 = performance.now();
  const fd = openSync(path, 'w');
  writeSync(fd, buf);
  fsyncSync(fd);
  closeSync(fd);
  return performance.now() - t0;
}

export async function benchVault(sizes: number[]): Promise<void> {
  await timeKdf(); // warm up the wasm module
  const kdfMs = await timeKdf();
  report({ metric: 'vault.kdf_ms', value: round(kdfMs), unit: 'ms', goal: '500-1000 ms' });

  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'muster-bench-'));
    try {
      const path = join(dir, `bench-${n}.muster`);
      const vault = await Vault.create(path, PASSPHRASE);
      const t0 = performance.now();
      await seedSyntheticPeople(vault, { count: n, seed: 42 });
      report({ metric: 'vault.seed_ms', value: round(performance.now() - t0), unit: 'ms', n });

      const t1 = performance.now();
      await vault.save();
      const saveMs = performance.now() - t1;
      const size = statSync(path).size;
      const baseline = plainDurableWrite(join(dir, 'plain.bin'), size);
      report({
        metric: 'vault.save_ms',
        value: round(saveMs),
        unit: 'ms',
        n,
        goal: '<= 3000 ms at 1M',
        baseline: round(baseline),
        ratio: round(saveMs / baseline, 2),
      });
      report({ metric: 'vault.file_mb', value: round(size / 1048576), unit: 'MiB', n });

      const latencies: number[] = [];
      for (let i = 0; i < 200; i++) {
        const s = performance.now();
        await vault.mutate([
          { sql: 'UPDATE person SET updated_at = ? WHERE id = ?', params: [`2026-01-01T00:00:${i}`, i + 1] },
        ]);
        latencies.push(performance.now() - s);
      }
      latencies.sort((a, b) => a - b);
      report({
        metric: 'vault.journal_change_p50_ms',
        value: round(percentile(latencies, 50), 2),
        unit: 'ms',
        n,
      });
      report({
        metric: 'vault.journal_change_p99_ms',
        value: round(percentile(latencies, 99), 2),
        unit: 'ms',
        n,
        goal: '<= 20 ms',
      });
      await vault.close();

      const t2 = performance.now();
      const reopened = await Vault.open(path, PASSPHRASE);
      const openMs = performance.now() - t2;
      const people = reopened.query<{ c: number }>('SELECT count(*) AS c FROM person')[0]?.c;
      if (people !== n) throw new Error(`Benchmark vault reopened with ${people} people, expected ${n}`);
      await reopened.close();
      const t3 = performance.now();
      readFileSync(path);
      const readMs = performance.now() - t3;
      report({ metric: 'vault.unlock_total_ms', value: round(openMs), unit: 'ms', n });
      report({
        metric: 'vault.unlock_after_kdf_ms',
        value: round(openMs - kdfMs),
        unit: 'ms',
        n,
        goal: '<= 2000 ms at 1M',
        baseline: round(readMs),
        ratio: round((openMs - kdfMs) / readMs, 2),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

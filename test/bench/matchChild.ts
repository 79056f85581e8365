// Runs one matching step in its own process (started by match.bench.ts) so the peak RSS it reports
// is that step's alone. Prints one JSON object on stdout. Synthetic data only.
// Usage: tsx test/bench/matchChild.ts create <vault>
//        tsx test/bench/matchChild.ts import <vault> <file>   (a generated file, source = its name)
//        tsx test/bench/matchChild.ts match <vault> full|incremental
import { createEngine } from '../../electron/engine/engine';
import type { EngineMethod, MethodParams, MethodResult } from '../../shared/contract';
import type { MatchRunSummary } from '../../shared/match';
import { importGenerated } from '../engine/match/generatedData';
import { round } from './report';

export interface MatchChildResult {
  ms: number;
  maxRssMiB: number;
  summary?: MatchRunSummary;
}

const PASSPHRASE = 'benchmark passphrase, synthetic data only';
const KDF = { name: 'argon2id', memoryKiB: 8, iterations: 1, parallelism: 1 } as const;

const [step, vaultPath, ...rest] = process.argv.slice(2);
const engine = createEngine({ emit: () => {}, defaultKdf: KDF });
let seq = 0;
const call = async <M extends EngineMethod>(method: M, params: MethodParams<M>): Promise<MethodResult<M>> => {
  const envelope = await engine.handle(method, params, `bench-${++seq}`);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as MethodResult<M>;
};

const t0 = performance.now();
const result: MatchChildResult = { ms: 0, maxRssMiB: 0 };
if (step === 'create') {
  await call('vault.create', { path: vaultPath!, passphrase: PASSPHRASE, operator: 'bench' });
} else {
  await call('vault.unlock', { path: vaultPath!, passphrase: PASSPHRASE, operator: 'bench' });
  const start = performance.now();
  if (step === 'import') {
    const file = rest[0]!;
    await importGenerated(call, file.slice(0, file.lastIndexOf('/')), [
      file.slice(file.lastIndexOf('/') + 1),
    ]);
  } else {
    result.summary = await call('match.run', { mode: rest[0] === 'incremental' ? 'incremental' : 'full' });
  }
  result.ms = round(performance.now() - start);
}
await engine.dispose();
if (result.ms === 0) result.ms = round(performance.now() - t0);
result.maxRssMiB = round(process.resourceUsage().maxRSS / 1024, 0);
process.stdout.write(JSON.stringify(result) + '\n');
